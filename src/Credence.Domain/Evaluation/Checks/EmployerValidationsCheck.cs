namespace Credence.Domain.Evaluation.Checks;

/// <summary>At least a minimum number of employers validated that the competencies meet their hiring needs.</summary>
internal sealed class EmployerValidationsCheck : EmployerActivityCheck
{
    public override string Name => "employer-validations";

    public override string Description => "At least a minimum number of employers validated the competencies (activity defaults to validated).";

    protected override string DefaultActivities => "validated";
}
