using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaReportsAndEscalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgentWorkingHours",
                columns: table => new
                {
                    AgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentWorkingHours", x => x.AgentId);
                    table.ForeignKey(
                        name: "FK_AgentWorkingHours_Agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClockStartedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    AssigneeAgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Escalations_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponseClocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TierAtStart = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    AssigneeAgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    RepliedByAgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    StoppedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    DueUtcTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    BusinessTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    IsBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFirstResponse = table.Column<bool>(type: "INTEGER", nullable: false),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StoppedMonth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseClocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseClocks_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EscalationMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EscalationId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipientAgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    SendAfterUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscalationMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EscalationMails_Agents_RecipientAgentId",
                        column: x => x.RecipientAgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EscalationMails_Escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "Escalations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_LiveAtRiskFrom",
                table: "Tickets",
                column: "ResponseAtRiskFromUtcTicks",
                filter: "\"AwaitingResponse\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_LiveDue",
                table: "Tickets",
                column: "ResponseDueUtcTicks",
                filter: "\"AwaitingResponse\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_EscalationMails_EscalationId",
                table: "EscalationMails",
                column: "EscalationId");

            migrationBuilder.CreateIndex(
                name: "IX_EscalationMails_RecipientAgentId",
                table: "EscalationMails",
                column: "RecipientAgentId");

            migrationBuilder.CreateIndex(
                name: "IX_EscalationMails_Status_SendAfterUtcTicks",
                table: "EscalationMails",
                columns: new[] { "Status", "SendAfterUtcTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TicketId_ClockStartedUtcTicks_Threshold",
                table: "Escalations",
                columns: new[] { "TicketId", "ClockStartedUtcTicks", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResponseClocks_CustomerId_StoppedUtcTicks",
                table: "ResponseClocks",
                columns: new[] { "CustomerId", "StoppedUtcTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseClocks_Report",
                table: "ResponseClocks",
                columns: new[] { "StoppedUtcTicks", "TierAtStart", "AssigneeAgentId", "CustomerId", "IsFirstResponse", "BusinessTicks", "TargetTicks", "IsBreached" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseClocks_TicketId_StartedUtcTicks",
                table: "ResponseClocks",
                columns: new[] { "TicketId", "StartedUtcTicks" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResponseClocks_Trend",
                table: "ResponseClocks",
                columns: new[] { "StoppedMonth", "TierAtStart", "IsBreached", "TargetTicks" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentWorkingHours");

            migrationBuilder.DropTable(
                name: "EscalationMails");

            migrationBuilder.DropTable(
                name: "ResponseClocks");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_LiveAtRiskFrom",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_LiveDue",
                table: "Tickets");
        }
    }
}
