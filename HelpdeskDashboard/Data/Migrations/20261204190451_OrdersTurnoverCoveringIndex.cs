using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrdersTurnoverCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_OrderedUtcTicks",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_OrderedUtcTicks_AmountCents",
                table: "Orders",
                columns: new[] { "CustomerId", "OrderedUtcTicks", "AmountCents" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_OrderedUtcTicks_AmountCents",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_OrderedUtcTicks",
                table: "Orders",
                columns: new[] { "CustomerId", "OrderedUtcTicks" });
        }
    }
}
