using System.Reflection;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class OffreCopyTests
{
    [Fact]
    public void The_copy_carries_every_property_of_the_offer()
    {
        var original = new Offre { Id = "123ABCD" };
        foreach (var property in typeof(Offre).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            property.SetValue(original, NonDefault(property.PropertyType));

        var copy = OffreCopy.Shallow(original);
        Assert.NotSame(original, copy);
        foreach (var property in typeof(Offre).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Assert.True(Equals(property.GetValue(original), property.GetValue(copy)), $"Offre.{property.Name} is not copied by OffreCopy.Shallow.");
    }

    private static object NonDefault(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
            return "x";
        if (underlying == typeof(bool))
            return true;
        if (underlying == typeof(int))
            return 7;
        if (underlying == typeof(DateTime))
            return new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        return Activator.CreateInstance(underlying)!;
    }
}
