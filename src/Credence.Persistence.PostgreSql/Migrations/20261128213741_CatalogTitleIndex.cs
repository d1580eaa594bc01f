using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CatalogTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DesignVersions_Title_DesignId_Number",
                table: "DesignVersions",
                columns: new[] { "Title", "DesignId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DesignVersions_Title_DesignId_Number",
                table: "DesignVersions");
        }
    }
}
