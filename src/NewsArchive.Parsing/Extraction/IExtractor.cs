namespace NewsArchive.Parsing.Extraction;

/// <summary>One step of the pipeline: reads the document and the fields found so far, fills its own.</summary>
internal interface IExtractor
{
    void Extract(ExtractionContext context);
}
