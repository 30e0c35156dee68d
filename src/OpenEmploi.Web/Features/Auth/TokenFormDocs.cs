using Microsoft.OpenApi;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>The form of a token request, for the OpenAPI document (the handler reads the form itself).</summary>
internal static class TokenFormDocs
{
    public static OpenApiRequestBody RequestBody => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/x-www-form-urlencoded"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "grant_type", "client_id", "client_secret" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["grant_type"] = Text("client_credentials"),
                        ["client_id"] = Text("Identifiant de l'application."),
                        ["client_secret"] = Text("Secret de l'application."),
                        ["scope"] = Text("Scopes séparés par des espaces, par exemple « api_offresdemploiv2 o2dsoffre »."),
                    },
                },
            },
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
