using Bunit;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Orders;

public sealed class OrderImportPreviewTests : BunitTestBase
{
    [Fact]
    public void Invalid_rows_are_marked_with_their_message_and_the_summary_says_nothing_will_be_imported()
    {
        var check = new OrderBatchCheck(
        [
            Row(1, "A-1", errors: []),
            Row(2, "A-2", errors: [new OrderRowError(2, "A-2", "amount", "The amount cannot be zero; enter a refund as a negative amount.")]),
        ]);

        var preview = Context.Render<OrderImportPreview>(p => p.Add(c => c.Check, check));

        Assert.Contains("1 error(s) in 1 row(s). Nothing will be imported", preview.Find("[data-testid=preview-summary]").TextContent, StringComparison.Ordinal);
        Assert.Equal("new", preview.Find("tr[data-row='1']").GetAttribute("data-status"));
        var bad = preview.Find("tr[data-row='2']");
        Assert.Equal("error", bad.GetAttribute("data-status"));
        Assert.Contains("Error: The amount cannot be zero", System.Text.RegularExpressions.Regex.Replace(bad.TextContent, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_counts_new_and_already_imported_rows()
    {
        var check = new OrderBatchCheck([Row(1, "A-1", errors: []), Row(2, "A-2", errors: [], alreadyImported: true)]);

        var preview = Context.Render<OrderImportPreview>(p => p.Add(c => c.Check, check));

        Assert.Contains("1 new, 1 already imported (skipped)", preview.Find("[data-testid=preview-summary]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Already imported (skipped)", preview.Find("tr[data-row='2']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_errors_join_the_rows_they_belong_to_and_make_the_file_invalid()
    {
        var check = new OrderBatchCheck([Row(1, "A-1", errors: [])]);

        var merged = OrderImportPage.Merge(check, [new OrderRowError(1, "A-1", "amount", "'10,5' is not an amount like 1234.50 or -20.00.")]);

        Assert.False(merged.IsValid);
        Assert.Null(merged.Rows[0].Order);
    }

    private static OrderRowCheck Row(int row, string id, IReadOnlyList<OrderRowError> errors, bool alreadyImported = false) =>
        new(row, new OrderLine { ExternalOrderId = id, CustomerId = 1, OrderedAt = "2026-01-10 10:00", Amount = 10m },
            errors.Count == 0 ? new ValidOrder(id, 1, new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), 1000) : null,
            alreadyImported, errors);
}
