using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PolicyRevisionBases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BasedOnRevisionId",
                table: "PolicyRevisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticePlanChangedById",
                table: "PolicyRevisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticePlanChangedByName",
                table: "PolicyRevisions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BasedOnRevisionId",
                table: "PolicyRevisions");

            migrationBuilder.DropColumn(
                name: "NoticePlanChangedById",
                table: "PolicyRevisions");

            migrationBuilder.DropColumn(
                name: "NoticePlanChangedByName",
                table: "PolicyRevisions");
        }
    }
}
