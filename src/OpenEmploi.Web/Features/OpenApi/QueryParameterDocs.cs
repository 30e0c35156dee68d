using Microsoft.OpenApi;

namespace OpenEmploi.Web.Features.OpenApi;

/// <summary>One query parameter as the OpenAPI document describes it.</summary>
internal sealed record QueryParameterDoc(string Name, string Description, bool Required = false, bool IsInteger = false);

/// <summary>
/// Several endpoints read their query string themselves (to answer a contract's exact messages, or
/// every problem at once, in French), so the framework cannot infer their parameters: each feature
/// lists them and declares them here.
/// </summary>
internal static class QueryParameterDocs
{
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, IReadOnlyList<QueryParameterDoc> parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Required = parameter.Required,
                    Description = parameter.Description,
                    Schema = new OpenApiSchema { Type = parameter.IsInteger ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
}
