using System.Text.Json.Serialization;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>The token response, as the OAuth2 client-credentials grant defines it.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("access_token")] string AccessToken);

/// <summary>An OAuth2 error body (RFC 6749 §5.2), which the contract keeps instead of problem details.</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);

[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
internal sealed partial class OAuthJson : JsonSerializerContext;
