using System.Buffers;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>POST /api/orders: the shop system's batch of orders, authenticated with the X-Api-Key header.</summary>
public static class OrderApiEndpoints
{
    public const string Path = $"{ApiRequests.PathPrefix}/orders";

    public const string ApiKeyHeader = "X-Api-Key";

    public static IEndpointRouteBuilder MapOrderApi(this IEndpointRouteBuilder endpoints)
    {
        // Machine-to-machine: no cookie sign-in, the key is the credential. The handler reads the body itself, so the
        // key is checked before a byte of it is read and the size cap holds on any server (parameter binding would
        // parse the whole body before any filter runs).
        // No Accepts metadata: routing would answer a wrong content type itself, before the key check.
        endpoints.MapPost(Path, PostOrdersAsync).AllowAnonymous().DisableAntiforgery().WithBareStatusCodes();
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

    private static async Task<IResult> PostOrdersAsync(
        HttpContext context, OrderBatchImporter importer, IOptions<OrdersOptions> options, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (!HasValidKey(context))
        {
            return TypedResults.Unauthorized();
        }

        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the batch as application/json: {\"orders\":[...]}.");
        }

        var limit = options.Value.MaxRequestBytes;
        var tooLarge = Problem(StatusCodes.Status413PayloadTooLarge, $"The body holds more than the {limit} bytes accepted; send at most {limit} bytes per call, in several batches if needed.");
        if (request.ContentLength > limit)
        {
            return tooLarge;
        }

        var body = await ReadAtMostAsync(request.BodyReader, limit, cancellationToken);
        if (body is null)
        {
            return tooLarge;
        }

        OrderBatchRequest? batch;
        try
        {
            var reader = new Utf8JsonReader(body.Value);
            batch = JsonSerializer.Deserialize<OrderBatchRequest>(ref reader, json.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            var where = e.Path ?? "$";
            return TypedResults.BadRequest(new OrderErrorResponse(
                $"The body is not a batch of orders: the JSON breaks at {where} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}). Nothing was imported.", []));
        }

        var result = await importer.ImportAsync(batch?.Orders ?? [], cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new OrderImportResponse(result.Imported, result.Check.AlreadyImported));
        }

        return result.Check.IsConflict
            ? TypedResults.Conflict(new OrderErrorResponse("Nothing was imported: these orders were imported before with other values, and an import never changes an order.", [.. result.Check.Errors]))
            : TypedResults.BadRequest(new OrderErrorResponse("Nothing was imported; fix these rows and send the whole batch again.", [.. result.Check.Errors]));
    }

    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (chunked bodies declare no length).</summary>
    private static async Task<ReadOnlySequence<byte>?> ReadAtMostAsync(PipeReader reader, int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > limit)
            {
                return null;
            }

            if (read.IsCompleted)
            {
                // The sequence stays valid until the next read; the pipe is not read again.
                return read.Buffer;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static ProblemHttpResult Problem(int status, string title) => TypedResults.Problem(statusCode: status, title: title);
}

/// <summary>{"imported":2,"alreadyImported":1}.</summary>
public sealed record OrderImportResponse(int Imported, int AlreadyImported);

/// <summary>{"title":"...","errors":[{"row":2,"externalOrderId":"A-2","field":"amount","message":"..."}]}.</summary>
public sealed record OrderErrorResponse(string Title, IReadOnlyList<OrderRowError> Errors);
