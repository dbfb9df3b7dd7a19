namespace ClayGen;

/// <summary>A request body that can check itself before it is sent.</summary>
internal interface IClayValidatable
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="paramName"/> when the body is invalid.</summary>
    void Validate(string paramName);
}
