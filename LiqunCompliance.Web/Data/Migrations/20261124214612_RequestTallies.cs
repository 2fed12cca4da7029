using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RequestTallies",
                columns: table => new
                {
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssigneeKey = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestTallies", x => new { x.Status, x.Type, x.AssigneeKey });
                });

            // The tallies are kept by the database itself, so every writer (the portal, the API, a bulk load) keeps them exact.
            migrationBuilder.Sql("""
                INSERT INTO RequestTallies (Status, Type, AssigneeKey, "Count")
                SELECT Status, Type, coalesce(AssigneeId, ''), count(*) FROM PrivacyRequests GROUP BY Status, Type, coalesce(AssigneeId, '');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PrivacyRequests_Tally_Insert AFTER INSERT ON PrivacyRequests BEGIN
                  INSERT INTO RequestTallies (Status, Type, AssigneeKey, "Count") VALUES (NEW.Status, NEW.Type, coalesce(NEW.AssigneeId, ''), 1)
                  ON CONFLICT (Status, Type, AssigneeKey) DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PrivacyRequests_Tally_Delete AFTER DELETE ON PrivacyRequests BEGIN
                  UPDATE RequestTallies SET "Count" = "Count" - 1 WHERE Status = OLD.Status AND Type = OLD.Type AND AssigneeKey = coalesce(OLD.AssigneeId, '');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PrivacyRequests_Tally_Update AFTER UPDATE OF Status, Type, AssigneeId ON PrivacyRequests
                WHEN OLD.Status IS NOT NEW.Status OR OLD.Type IS NOT NEW.Type OR OLD.AssigneeId IS NOT NEW.AssigneeId BEGIN
                  UPDATE RequestTallies SET "Count" = "Count" - 1 WHERE Status = OLD.Status AND Type = OLD.Type AND AssigneeKey = coalesce(OLD.AssigneeId, '');
                  INSERT INTO RequestTallies (Status, Type, AssigneeKey, "Count") VALUES (NEW.Status, NEW.Type, coalesce(NEW.AssigneeId, ''), 1)
                  ON CONFLICT (Status, Type, AssigneeKey) DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER PrivacyRequests_Tally_Insert;");
            migrationBuilder.Sql("DROP TRIGGER PrivacyRequests_Tally_Delete;");
            migrationBuilder.Sql("DROP TRIGGER PrivacyRequests_Tally_Update;");
            migrationBuilder.DropTable(
                name: "RequestTallies");
        }
    }
}
