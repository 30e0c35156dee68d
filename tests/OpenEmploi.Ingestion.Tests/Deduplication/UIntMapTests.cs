using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class UIntMapTests
{
    [Fact]
    public void Behaves_like_a_dictionary_through_growth_and_removals()
    {
        var map = new UIntMap();
        var reference = new Dictionary<uint, int>();
        var random = new Random(5);
        for (var step = 0; step < 200_000; step++)
        {
            // Few distinct keys, so that runs collide, grow and shrink by removals.
            var key = (uint)random.Next(1, 5000);
            if (random.Next(3) == 0)
            {
                Assert.Equal(reference.Remove(key), map.Remove(key));
            }
            else
            {
                ref var value = ref map.GetOrAdd(key, out var exists);
                Assert.Equal(reference.ContainsKey(key), exists);
                value = step;
                reference[key] = step;
            }
        }
        Assert.Equal(reference.Count, map.Count);
        for (uint key = 1; key < 5000; key++)
        {
            Assert.Equal(reference.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
            Assert.Equal(expected, actual);
        }
    }
}
