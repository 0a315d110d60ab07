using System.Security.Cryptography;
using System.Text;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>POST /api/orders: the shop system's batch of orders, authenticated with the X-Api-Key header.</summary>
public static class OrderApiEndpoints
{
    public const string Path = $"{ApiRequests.PathPrefix}/orders";

    public const string ApiKeyHeader = "X-Api-Key";

    public static IEndpointRouteBuilder MapOrderApi(this IEndpointRouteBuilder endpoints)
    {
        // Machine-to-machine: no cookie sign-in, the key is the credential (checked before the body is read).
        endpoints.MapPost(Path, PostOrdersAsync).AllowAnonymous().DisableAntiforgery().WithBareStatusCodes()
            .AddEndpointFilter(async (context, next) =>
                HasValidKey(context.HttpContext) ? await next(context) : TypedResults.Unauthorized());
        return endpoints;
    }

    internal static bool HasValidKey(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<OrdersOptions>>().Value.ApiKey;
        var presented = context.Request.Headers[ApiKeyHeader].ToString();
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented))
        {
            return false;
        }

        // Hashing first makes the comparison constant-time whatever the lengths.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }

    private static async Task<Results<Ok<OrderImportResponse>, BadRequest<OrderErrorResponse>>> PostOrdersAsync(
        OrderBatchRequest? request, OrderBatchImporter importer, CancellationToken cancellationToken)
    {
        var result = await importer.ImportAsync(request?.Orders ?? [], cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(new OrderImportResponse(result.Imported, result.Check.AlreadyImported))
            : TypedResults.BadRequest(new OrderErrorResponse("Nothing was imported; fix these rows and send the whole batch again.", [.. result.Check.Errors]));
    }
}

/// <summary>{"imported":2,"alreadyImported":1}.</summary>
public sealed record OrderImportResponse(int Imported, int AlreadyImported);

/// <summary>{"title":"...","errors":[{"row":2,"externalOrderId":"A-2","field":"amount","message":"..."}]}.</summary>
public sealed record OrderErrorResponse(string Title, IReadOnlyList<OrderRowError> Errors);
