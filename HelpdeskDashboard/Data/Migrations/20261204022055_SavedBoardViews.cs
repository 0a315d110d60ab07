using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SavedBoardViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedBoardViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedBoardViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedBoardViews_Agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedBoardViews_AgentId_Name",
                table: "SavedBoardViews",
                columns: new[] { "AgentId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedBoardViews");
        }
    }
}
