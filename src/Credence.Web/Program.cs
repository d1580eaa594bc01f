using Credence.Web.Features.Account;
using Credence.Web.Features.Dashboard;
using Credence.Web.Features.Designs;
using Credence.Web.Features.Employers;
using Credence.Web.Features.Institutions;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCredenceDatabase(builder.Configuration);
// First among the hosted services: the database must be migrated before Data Protection reads its key ring.
builder.Services.AddHostedService<StartupInitializer>();
builder.Services.AddCredenceAccounts();
builder.Services.AddCredenceApi();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseCookieApiAntiforgery();

app.MapOpenApi();
app.MapAccountApi();
app.MapInstitutionsApi();
app.MapDesignsApi();
app.MapReviewsApi();
app.MapDashboardApi();
app.MapEmployersApi();
app.MapRazorPages();

await app.RunAsync();
