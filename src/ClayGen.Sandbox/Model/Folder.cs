namespace ClayGen.Sandbox.Model;

internal sealed class Folder : Resource
{
    public override string ResourceType => "FOLDER";
}
