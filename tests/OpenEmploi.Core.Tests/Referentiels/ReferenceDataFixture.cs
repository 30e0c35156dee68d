using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

/// <summary>Loads the shipped reference data once for a test class.</summary>
public sealed class ReferenceDataFixture
{
    public ReferenceData Data { get; } = ReferenceData.LoadDefault();
}
