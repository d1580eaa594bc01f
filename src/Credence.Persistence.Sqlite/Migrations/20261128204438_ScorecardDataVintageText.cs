using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScorecardDataVintageText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
