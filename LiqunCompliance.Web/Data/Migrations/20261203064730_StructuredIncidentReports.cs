using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StructuredIncidentReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SentAt becomes nullable (drafts are not sent). SQLite cannot alter a column, and EF's own rebuild switches
            // foreign keys off outside the transaction; nothing references this table, so it is rebuilt here in one
            // transaction instead. Reports recorded before the structured form were sent: Status 'Sent', created when sent.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_IncidentReports" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_IncidentReports" PRIMARY KEY,
                    "ByName" TEXT NOT NULL,
                    "Content" TEXT NOT NULL,
                    "CreatedAt" INTEGER NOT NULL,
                    "Fields" TEXT NOT NULL,
                    "IncidentId" TEXT NULL,
                    "Kind" TEXT NOT NULL,
                    "Recipient" TEXT NOT NULL,
                    "Reference" TEXT NULL,
                    "SentAt" INTEGER NULL,
                    "Status" TEXT NOT NULL,
                    CONSTRAINT "FK_IncidentReports_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_IncidentReports" ("Id", "ByName", "Content", "CreatedAt", "Fields", "IncidentId", "Kind", "Recipient", "Reference", "SentAt", "Status")
                SELECT "Id", "ByName", "Content", "SentAt", '{}', "IncidentId", "Kind", "Recipient", "Reference", "SentAt", 'Sent' FROM "IncidentReports";
                DROP TABLE "IncidentReports";
                ALTER TABLE "ef_temp_IncidentReports" RENAME TO "IncidentReports";
                CREATE INDEX "IX_IncidentReports_IncidentId" ON "IncidentReports" ("IncidentId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "IncidentReports");

            migrationBuilder.DropColumn(
                name: "Fields",
                table: "IncidentReports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "IncidentReports");

            migrationBuilder.AlterColumn<long>(
                name: "SentAt",
                table: "IncidentReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
