using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSecrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Notice = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRules",
                columns: table => new
                {
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRules", x => x.RequestType);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.ClientId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "PrivacyRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterPhone = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterEmail = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterAccountId = table.Column<string>(type: "TEXT", nullable: true),
                    MaskedName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaskedContact = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AccountLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IntakeById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IntakeByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IdentityVerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerificationMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    VerifiedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RuleKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RuleDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleStart = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CalendarWarning = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EarlierRequestsInYear = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnswerSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswerChannel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueSortKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true, computedColumnSql: "coalesce(DueDate, '9999-12-31')", stored: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false, computedColumnSql: "Status NOT IN ('Completed', 'Rejected', 'Withdrawn')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CancellationChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Precondition = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Met = table.Column<bool>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PrivacyRequestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CancellationChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CancellationChecks_PrivacyRequests_PrivacyRequestId",
                        column: x => x.PrivacyRequestId,
                        principalTable: "PrivacyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PrivacyRequestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_PrivacyRequests_PrivacyRequestId",
                        column: x => x.PrivacyRequestId,
                        principalTable: "PrivacyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrivacyRequestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestEvents_PrivacyRequests_PrivacyRequestId",
                        column: x => x.PrivacyRequestId,
                        principalTable: "PrivacyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyPrefix",
                table: "ApiClients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_Name",
                table: "ApiClients",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CancellationChecks_PrivacyRequestId",
                table: "CancellationChecks",
                column: "PrivacyRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_PrivacyRequestId",
                table: "FollowUpTasks",
                column: "PrivacyRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_AccountLookup_ReceivedAt",
                table: "PrivacyRequests",
                columns: new[] { "AccountLookup", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_AssigneeId_IsOpen_DueSortKey",
                table: "PrivacyRequests",
                columns: new[] { "AssigneeId", "IsOpen", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_CalendarWarning_IsOpen",
                table: "PrivacyRequests",
                columns: new[] { "CalendarWarning", "IsOpen" },
                filter: "CalendarWarning IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Channel_IsOpen_DueSortKey",
                table: "PrivacyRequests",
                columns: new[] { "Channel", "IsOpen", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests",
                columns: new[] { "IsOpen", "DueSortKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_ReceivedAt",
                table: "PrivacyRequests",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Reference",
                table: "PrivacyRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Status_DueDate",
                table: "PrivacyRequests",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Type_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests",
                columns: new[] { "Type", "IsOpen", "DueSortKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_PrivacyRequestId_At",
                table: "RequestEvents",
                columns: new[] { "PrivacyRequestId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "AppSecrets");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "CancellationChecks");

            migrationBuilder.DropTable(
                name: "DeadlineRules");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "RequestEvents");

            migrationBuilder.DropTable(
                name: "PrivacyRequests");
        }
    }
}
