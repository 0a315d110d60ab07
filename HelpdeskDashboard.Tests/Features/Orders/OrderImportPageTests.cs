using System.Text;
using Bunit;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Tests.Data;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>The upload on the real importer over an empty database: what the manager reads after choosing a file.</summary>
public sealed class OrderImportPageTests : BunitTestBase
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public OrderImportPageTests()
    {
        User = FakeCurrentUser.Manager();
        Context.Services.AddSingleton(new OrderBatchImporter(_database, Calendar, Time, Options.Create(new OrdersOptions())));
    }

    [Fact]
    public void A_latin1_file_is_refused_with_a_message_saying_to_save_it_as_utf8_and_nothing_is_previewed()
    {
        var page = Context.Render<OrderImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(
            Encoding.Latin1.GetBytes("external_order_id,customer_id,ordered_at,amount\nMüller-1,1,2026-01-10,10\n"), "orders.csv"));

        page.WaitForAssertion(() => Assert.Contains(
            "The file is not UTF-8", page.Find("[data-testid=import-message]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=preview-summary]"));
        Assert.Empty(page.FindAll("[data-testid=import-button]"));
    }

    [Fact]
    public void An_amount_too_large_for_a_decimal_check_is_a_row_error_and_nothing_can_be_imported()
    {
        var page = Context.Render<OrderImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "external_order_id,customer_id,ordered_at,amount\nA-1,1,2026-01-10,1000000000000000000000000000\n", "orders.csv"));

        page.WaitForAssertion(() => Assert.Contains(
            "The amount must be within ±100000000 euros.", page.Find("[data-testid=import-preview]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-testid=import-button]").HasAttribute("disabled"));
    }

    public override async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        await base.DisposeAsync();
    }
}
