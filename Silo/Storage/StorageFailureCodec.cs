using System.Buffers;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace GridActors.Silo.Storage;

/// <summary>The storage boundary on the wire: a database driver's exception (NpgsqlException,
/// SqliteException) has no codec, so a call that failed on the database reached the gateway as a
/// serialisation error. Whatever path it leaves the silo by (a grain's method, its activation, a
/// wrapped grain storage failure), it is written as our stand-in, which every client can read.</summary>
public sealed class StorageFailureCodec(IServiceProvider services) : IGeneralizedCodec, IGeneralizedCopier
{
    public bool IsSupportedType(Type type) => typeof(DbException).IsAssignableFrom(type);

    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, object? value)
        where TBufferWriter : IBufferWriter<byte>
    {
        var standIn = StandIn(value);
        services.GetRequiredService<ICodecProvider>().GetCodec(standIn.GetType()).WriteField(ref writer, fieldIdDelta, expectedType, standIn);
    }

    /// <summary>Never called: the wire names the stand-in's type, whose own codec reads it.</summary>
    public object ReadValue<TInput>(ref Reader<TInput> reader, Field field) =>
        throw new NotSupportedException("a database exception is written as its stand-in and never read as itself");

    public object? DeepCopy(object? input, CopyContext context) => StandIn(input);

    private static Exception StandIn(object? value) => StorageFailures.Translate((Exception)value!)!;
}

public static class StorageFailureCodecRegistration
{
    /// <summary>Serialisation in this process writes database exceptions as their stand-ins.</summary>
    public static IServiceCollection AddStorageFailureCodec(this IServiceCollection services)
    {
        services.AddSingleton<StorageFailureCodec>();
        services.AddSingleton<IGeneralizedCodec>(sp => sp.GetRequiredService<StorageFailureCodec>());
        services.AddSingleton<IGeneralizedCopier>(sp => sp.GetRequiredService<StorageFailureCodec>());
        return services;
    }
}
