using System.Diagnostics.CodeAnalysis;

#pragma warning disable CA1050 // The entry point of top-level statements lives in the global namespace.

/// <summary>The web host's entry point, public so the integration tests can start it with WebApplicationFactory.</summary>
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "WebApplicationFactory<Program> in Credence.Web.Tests needs a public entry point.")]
public partial class Program;
