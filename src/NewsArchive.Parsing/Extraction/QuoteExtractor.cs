using NewsArchive.Parsing.Model;
using NewsArchive.Parsing.Quotes;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Direct quotations in the paragraphs, with their speakers (spec: Quotes). Each top-level span in
/// quotation marks (<see cref="QuoteMarkScanner"/>) is a quote when a cue in its sentence names a
/// speaker (<see cref="CueFinder"/>, <see cref="SpeakerResolver"/>), or the sentence's subject names a
/// person or organisation for sure; when it has no cue but continues the running speaker (the last
/// speaker, in this paragraph or the one before, unless a new paragraph or a later sentence opens with someone else
/// first) and reads as speech, or the person the paragraph is about speaks it; or, with no speaker at all, when it
/// has a few words that read as speech or an unnamed group's words. Names of things are no quotes: a span after a
/// naming word or title noun, a name in capitals or in another language, a title before its author, a name beside
/// its acronym or translation or in a short parenthesis, a word the article also uses as a bare name, part of a
/// compound, a short uncued term. A quote is partial when it stands inside the writer's sentence (a word right
/// before its mark).
/// </summary>
internal sealed class QuoteExtractor : IExtractor
{
    /// <summary>Longer than any news paragraph: such a block is not searched for quotes (hostile or broken input).</summary>
    public const int MaxParagraphLength = 20_000;
    /// <summary>The most paragraphs searched for quotes: positions (paragraph index times <see cref="PersonIndex.Stride"/>) must fit an int.</summary>
    private const int MaxParagraphs = int.MaxValue / PersonIndex.Stride - 3;
    private const int MinContinuationWords = 3;
    private const int MinUnattributedWords = 4;
    /// <summary>The most tokens between two quotes that share the reporting words after the second.</summary>
    private const int MaxWordsBetweenQuotes = 6;
    /// <summary>How far into a sentence, in characters, a name still reads as its subject (after an article and a role).</summary>
    private const int MaxSubjectOffset = 60;
    /// <summary>The most words a name or title in marks has, for rules that tell names by what stands around them.</summary>
    private const int MaxNameWords = 10;
    /// <summary>Capitalised words in a frame without a colon are taken for a name below this many (<c>„Hartz IV“</c>), for speech from it on (<c>„Angriff gegen die Belegschaft“</c>).</summary>
    private const int MinFramedNameWords = 3;

    public void Extract(ExtractionContext context)
    {
        var language = context.Language;
        var paragraphs = context.Paragraphs;
        var searchable = paragraphs.Select(t => t.Length <= MaxParagraphLength ? t : "").Take(MaxParagraphs).ToList();
        if (searchable.Contains("") && paragraphs.Any(t => t.Length > MaxParagraphLength))
            context.Diagnostics.Add($"quotes: paragraphs over {MaxParagraphLength} characters were not searched for quotes");
        if (paragraphs.Count > MaxParagraphs)
            context.Diagnostics.Add($"quotes: paragraphs after the first {MaxParagraphs} were not searched for quotes");
        var people = new PersonIndex([context.Headline ?? "", context.Teaser ?? "", .. searchable], language);
        var bareNames = BareNames(searchable.Select((_, p) => people.TokensOf(p + 2)), language);
        var resolver = new SpeakerResolver(people, language);
        (string? Name, Person? Person)? running = null;
        var runningParagraph = -1;

        for (var p = 0; p < searchable.Count; p++)
        {
            var text = searchable[p];
            var spans = QuoteMarkScanner.Scan(text, language, p + 1 < paragraphs.Count ? paragraphs[p + 1] : null);
            if (runningParagraph < p - 1) running = null;
            var tokens = people.TokensOf(p + 2);
            var ends = Sentences.Ends(text, spans, language);
            var scanned = 0;
            var attributedSentence = -1; // where the last sentence with an attributed quote starts
            var lastAttributedEnd = -1; // where the last attributed quote in this paragraph ends

            // Indirect speech names the running speaker too: "X said the plan would fail. "It is a disaster," he added."
            void FollowIndirectSpeech(int from, int to)
            {
                var start = from;
                for (var e = LowerBound(ends, from + 1); e <= ends.Count; e++)
                {
                    var end = e < ends.Count && ends[e] <= to ? ends[e] : to;
                    var sentence = Token.Between(tokens, start, end);
                    start = end;
                    if (CueFinder.FindInSentence(sentence, language) is not { HasMention: true } cue) continue;
                    var r = resolver.Resolve(text[cue.MentionStart..cue.MentionEnd], (p + 2) * PersonIndex.Stride + cue.MentionStart, running?.Person);
                    if (r.Person is null && !(IsUnnamed(r) && !IsSourcePhrase(cue.Words, language))) continue;
                    running = (r.Speaker, r.Person);
                    runningParagraph = p;
                    if (end == to) break;
                }
            }

            for (var k = 0; k < spans.Count; k++)
            {
                var span = spans[k];
                var (start, length) = Inner(text, span);
                if (length == 0 || IsNamed(text, span.Open, language) || IsCompound(text, span)) continue;
                var quoted = text.Substring(start, length);
                if (IsProperName(quoted, language, WordBefore(text, span.Open)) || IsNameOfThing(text, span, quoted, language)) continue;
                // A single word in marks that the article also uses as a bare name ("wie Zyklon Larry", "Hamish könnte") is that name.
                if (bareNames.Contains(quoted)) continue;
                var resumes = k > 0 && spans[k - 1].After >= SentenceStart(ends, span.Open);
                var partial = IsPartial(text, span.Open, quoted, resumes);

                var sentenceStart = SentenceStart(ends, span.Open);
                if (sentenceStart > scanned) FollowIndirectSpeech(scanned, sentenceStart);
                // A name in marks after an article does not end the region before the quote: "Merkel sagte der „Süddeutschen Zeitung“: „…“".
                var previousSpan = k - 1;
                while (previousSpan >= 0 && IsNameShaped(text[(spans[previousSpan].Open + 1)..spans[previousSpan].Close])
                       && language.Determiners.Contains(WordBefore(text, spans[previousSpan].Open).ToLowerInvariant()))
                    previousSpan--;
                var regionStart = previousSpan >= 0 ? Math.Max(sentenceStart, spans[previousSpan].After) : sentenceStart;
                var afterEnd = AfterEnd(text, spans, k, ends);
                var cue = CueFinder.Find(tokens, span, regionStart, span.Open, afterEnd, language);
                if (cue is null && afterEnd == span.After)
                    cue = CueFinder.FindInNextSentence(Token.Between(tokens, span.After, NextEnd(ends, span.After, text.Length)), language);
                // Two quotes in one sentence with the reporting words after the second: they name the speaker of both
                // ("… to be up "dramatically" and profits to "do well," chairman Jack Reichert said"), unless the first has its own.
                if (cue is null or { Words.Length: 0 } && !text[..span.Open].TrimEnd().EndsWith(':') && !".!?".Contains(quoted[^1])
                    && k + 1 < spans.Count && spans[k + 1].Open < NextEnd(ends, span.After, text.Length)
                    && Token.Between(tokens, span.After, spans[k + 1].Open).Count <= MaxWordsBetweenQuotes
                    && CueFinder.FindRightAfter(Token.Between(tokens, spans[k + 1].After, AfterEnd(text, spans, k + 1, ends)), language) is { Words.Length: > 0 } trailing)
                    cue = trailing;
                // A frame without reporting words counts only where it names a person or organisation for sure, and, without
                // a colon, only for words that read as speech, not a name ("Der Minister würdigte ihn als „…“").
                // Nor where an earlier quote of the same sentence has its reporting words ("Karsai sagte, … „…“ und Mehsud sollte wissen, „…“").
                if (cue is { Words.Length: 0 } && (!resolver.NamesPerson(text[cue.MentionStart..cue.MentionEnd]) && !resolver.NamesOrganisation(text[cue.MentionStart..cue.MentionEnd])
                                                   || !text[..span.Open].TrimEnd().EndsWith(':') && (!HasLowerCaseWord(quoted, language) && TextCounts.Words(quoted) < MinFramedNameWords
                                                                                                    || attributedSentence == sentenceStart)))
                    cue = null;
                var position = (p + 2) * PersonIndex.Stride + span.Open;

                // A paragraph that names someone else before the quote ends the speaker of the paragraph before; so does, within
                // the paragraph, a later sentence that opens with someone else ("… sagte der Papst. Sein Bruder Georg Ratzinger war … „…“").
                if (running is not null && people.LastBefore(position, '?') is { } named && named != running.Value.Person
                    && people.LastSeenBefore(named, position) - (p + 2) * PersonIndex.Stride is var seen and >= 0
                    && (runningParagraph < p || cue is null && seen > lastAttributedEnd && OpensSentence(ends, seen)
                        && !IsReportedSpeech(Token.Between(tokens, regionStart, span.Open), language)
                        && (running.Value.Person is not { } speaker || people.LastSeenBefore(speaker, position) - (p + 2) * PersonIndex.Stride < SentenceStart(ends, seen))))
                    running = null;

                Quote? quote = null;
                if (cue is { HasMention: true })
                {
                    var mention = text[cue.MentionStart..cue.MentionEnd];
                    var source = IsSourcePhrase(cue.Words, language);
                    var pluralVerb = language.PluralVerbEndings.Any(e => cue.Words.Split(' ')[0].EndsWith(e, StringComparison.Ordinal));
                    var r = !pluralVerb && PreviousSubject(mention, text, tokens, ends, sentenceStart, position, resolver, language) is { } previous
                        ? previous
                        : resolver.Resolve(mention, Math.Min(position, (p + 2) * PersonIndex.Stride + cue.MentionStart), running?.Person, source, unnamedRunning: running is { Name: null }, pluralVerb);
                    quote = new Quote(quoted, r.Speaker, mention, cue.Words.Length > 0 ? cue.Words : null, r.Attribution, partial, p, start, length);
                    if (r.Speaker is not null || IsUnnamed(r) && !source) running = (r.Speaker, r.Person);
                }
                else if (cue is { Words.Length: > 0 })
                {
                    // An impersonal cue with no source: "heißt es".
                    quote = new Quote(quoted, null, null, cue.Words, Attributions.None, partial, p, start, length);
                }
                else if (running is { Name: { } name } && (span.Open == 0 && p > 0 || ReadsAsSpeech(quoted) || attributedSentence == sentenceStart
                                                            || IsReportedSpeech(Token.Between(tokens, regionStart, span.Open), language)
                                                            || IsReportedSpeech(Token.Between(tokens, span.After, afterEnd), language)))
                {
                    quote = new Quote(quoted, name, null, null, Attributions.Continuation, partial, p, start, length);
                }
                else if (running is null && ReadsAsSpeech(quoted) && people.LastBefore(position, '?') is { } topic
                         && people.LastSeenBefore(topic, position) >= (p + 2) * PersonIndex.Stride
                         && !NamesGroup(Token.Between(tokens, sentenceStart, span.Open), language))
                {
                    // No cue and no running speaker: the person the paragraph is about so far speaks.
                    quote = new Quote(quoted, topic.Name, null, null, Attributions.Continuation, partial, p, start, length);
                    running = (topic.Name, topic);
                }
                else if (IsUnattributedSpeech(quoted, language) || running is null && ReadsAsSpeech(quoted) && NamesGroup(Token.Between(tokens, sentenceStart, span.Open), language))
                {
                    quote = new Quote(quoted, null, null, null, Attributions.None, partial, p, start, length);
                }
                scanned = Math.Max(scanned, Math.Max(afterEnd, span.After));
                if (quote is null) continue;
                context.Quotes.Add(quote);
                if (quote.Speaker is not null || running is { Name: null } && quote.Attribution == Attributions.Cue)
                    (runningParagraph, attributedSentence, lastAttributedEnd) = (p, sentenceStart, span.After);
            }
            if (spans.Count == 0 || !spans[^1].RunsOn) FollowIndirectSpeech(scanned, text.Length);
        }
    }

    /// <summary>
    /// Capitalised words the article uses bare, as names are used: mid-sentence, after no article and no quotation mark
    /// (<c>wie Zyklon Larry</c>), and no reporting verb, month or weekday.
    /// </summary>
    private static HashSet<string> BareNames(IEnumerable<List<Token>> paragraphs, Languages.LanguageTable language)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in paragraphs)
            for (var i = 1; i < tokens.Count; i++)
            {
                var before = tokens[i - 1];
                if (tokens[i].IsCapitalized && before.IsWord && !language.Determiners.Contains(before.Lower) && !language.SubjectDeterminers.Contains(before.Lower)
                    && !language.Prepositions.Contains(before.Text) && Quotes.Names.IsNameWord(tokens[i], language) && !language.Months.ContainsKey(tokens[i].Lower))
                    names.Add(tokens[i].Text);
            }
        return names;
    }

    /// <summary>Whether a mention at <paramref name="offset"/> stands among the first words of its sentence (its subject, roughly).</summary>
    private static bool OpensSentence(List<int> ends, int offset)
    {
        var i = LowerBound(ends, offset + 1);
        var start = i > 0 ? ends[i - 1] : 0;
        return offset - start <= MaxSubjectOffset;
    }

    /// <summary>
    /// A pronoun that opens its sentence refers to the subject of the sentence before when that subject is a described
    /// person: the one the description refers to, or no one named ("Der behandelnde Arzt hat sich geäußert. Er sagte: „…“").
    /// Names and pronouns there are left to the usual resolution.
    /// </summary>
    private static Resolution? PreviousSubject(string mention, string text, List<Token> tokens, List<int> ends, int sentenceStart, int position,
                                               SpeakerResolver resolver, Languages.LanguageTable language)
    {
        if (!language.Pronouns.TryGetValue(mention.Trim().ToLowerInvariant(), out var gender) || gender is 'n' or 'p' || sentenceStart == 0) return null;
        var sentence = Token.Between(tokens, sentenceStart, text.Length);
        if (sentence.Count == 0 || sentence[0].Text != mention.Trim()) return null;
        var previous = Token.Between(tokens, SentenceStart(ends, sentenceStart - 1), sentenceStart);
        var k = 0;
        while (k < previous.Count && (language.Adverbs.Contains(previous[k].Lower) || language.Conjunctions.Contains(previous[k].Lower))) k++;
        if (k >= previous.Count || !language.IsDefinite(previous[k].Lower) || Quotes.NounPhrase.Forward(previous, k, language) is not { } subject) return null;
        var head = previous.Skip(subject.First).Take(subject.Last - subject.First + 1).ToList();
        var role = head.FindLastIndex(t => Quotes.Roles.HeadOf(t, language) is not null);
        if (role < 0 || head.Any(t => Quotes.Names.IsNameWord(t, language) && Languages.GivenNames.GenderOf(t.Text) is not null)) return null;
        var roleGender = Quotes.Roles.GenderOf(head[role], Quotes.Roles.HeadOf(head[role], language)!, language);
        if (roleGender != '?' && roleGender != gender) return null;
        var described = resolver.Resolve(text[previous[subject.First].Start..previous[subject.Last].End], position, null);
        return described with { Attribution = described.Speaker is null ? Attributions.None : Attributions.Pronoun };
    }

    /// <summary>Whether a sentence names unnamed people as a group (<c>Einige Anhänger … protestierten mit Transparenten, auf denen …</c>): their words are no one person's.</summary>
    private static bool NamesGroup(List<Token> sentence, Languages.LanguageTable language) =>
        sentence.Any(t => language.IsGroupNoun(t.Text));

    /// <summary>A cue phrase that names a source (<c>laut</c>, <c>according to</c>, <c>zufolge</c>), not a verb of saying.</summary>
    private static bool IsSourcePhrase(string words, Languages.LanguageTable language) =>
        language.CuesBeforeSpeaker.Contains(words.ToLowerInvariant()) || language.CuesAfterSpeaker.Contains(words.ToLowerInvariant());

    /// <summary>Someone the cue describes but does not name (<c>one analyst</c>): the running speaker, whom a pronoun then refers to.</summary>
    private static bool IsUnnamed(Resolution r) => r is { Speaker: null, Attribution: Attributions.Cue };

    /// <summary>The first sentence end after <paramref name="position"/>, or the paragraph's end.</summary>
    private static int NextEnd(List<int> ends, int position, int length)
    {
        var i = LowerBound(ends, position + 1);
        return i < ends.Count ? ends[i] : length;
    }

    /// <summary>The last sentence end at or before <paramref name="position"/>, or 0.</summary>
    private static int SentenceStart(List<int> ends, int position)
    {
        var i = LowerBound(ends, position + 1);
        return i > 0 ? ends[i - 1] : 0;
    }

    /// <summary>The index of the first value not below <paramref name="value"/> in an ascending list.</summary>
    private static int LowerBound(List<int> values, int value) => Sorted.LowerBound(values, v => v, value);

    /// <summary>The quoted text between the marks, trimmed, as offset and length in the paragraph.</summary>
    private static (int Start, int Length) Inner(string text, QuoteSpan span)
    {
        var start = span.Open + 1;
        var end = span.Close;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }

    /// <summary>Where the quote's own sentence ends after it: at the next quote, or the sentence end; nowhere when the quote closed its sentence.</summary>
    private static int AfterEnd(string text, List<QuoteSpan> spans, int k, List<int> ends)
    {
        var span = spans[k];
        // A name in marks does not end the region: "…“, schrieb „Die Zeit“ in einem Nachruf.
        var n = k + 1;
        while (n < spans.Count && IsNameShaped(text[(spans[n].Open + 1)..spans[n].Close])) n++;
        var next = n < spans.Count ? spans[n].Open : text.Length;
        var i = LowerBound(ends, span.Close + 1);
        var end = i < ends.Count ? ends[i] : text.Length;
        return end == span.Close + 1 ? span.After : Math.Min(next, end);
    }

    /// <summary>A naming word (<c>sogenannte</c>) or a noun for a work or thing (<c>den Film</c>, <c>the book</c>) right before the mark.</summary>
    private static bool IsNamed(string text, int open, Languages.LanguageTable language)
    {
        var before = text[Math.Max(0, open - 40)..open].TrimEnd().ToLowerInvariant();
        if (language.NamingWords.Any(w => before.EndsWith(w, StringComparison.Ordinal)
                                          && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)]))))
            return true;
        // A title after its noun opens with a capital (den Film „Das Boot“); "in dem Gesetz „kein Hindernis …“" is a fragment.
        var opensCapitalised = open + 1 < text.Length && (char.IsUpper(text[open + 1]) || char.IsDigit(text[open + 1]));
        var word = before.Split(' ')[^1];
        return opensCapitalised && EndsWithTitleNoun(word, language);
    }

    /// <summary>Whether a word ends with a title noun, bare or with <c>s</c> or <c>es</c> (<c>Films</c>, <c>Gesetzes</c>).</summary>
    private static bool EndsWithTitleNoun(string word, Languages.LanguageTable language)
    {
        var w = word.AsSpan();
        var s = w.EndsWith('s');
        var es = w.EndsWith("es", StringComparison.Ordinal);
        foreach (var n in language.TitleNouns)
            if (w.EndsWith(n, StringComparison.Ordinal) || s && w[..^1].EndsWith(n, StringComparison.Ordinal) || es && w[..^2].EndsWith(n, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// A span without sentence punctuation (a dot inside a word is none: <c>tagesschau.de</c>) that names something: words in another language
    /// (<c>der „Board of Governors“</c>, <c>„summa cum laude“</c>), a title before its author (<c>„Der Fänger im Roggen“ von
    /// J.D. Salinger</c>), a name with its acronym or translation (<c>„United Front for Democracy“ (UDD)</c>), or the source a cue names (<c>laut „tagesschau.de“</c>; a name before the verb: <c>„BBC News“ berichtet</c>).
    /// </summary>
    private static bool IsNameOfThing(string text, QuoteSpan span, string quoted, Languages.LanguageTable language)
    {
        if (quoted.Select((c, i) => ".,;:!?".Contains(c) && (i + 1 == quoted.Length || quoted[i + 1] == ' ')).Any(x => x)) return false;
        if (IsWebAddress(quoted)) return true;
        var words = quoted.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var foreign = words.Any(w => (Languages.ForeignWords.FunctionWords.Contains(w) || Languages.LanguageTables.All.Any(t => t != language && t.Stopwords.Contains(w)))
                                     && !language.Stopwords.Contains(w));
        if (foreign && !words.Any(language.Stopwords.Contains)) return true;
        var after = Token.Split(text[span.After..Math.Min(text.Length, span.After + 60)]);
        if (after.Count >= 2 && language.AuthorWords.Contains(after[0].Text) && after[1].IsCapitalized) return true;
        // A name with its acronym or translation after it, or a translation in parentheses:
        // „United Front for Democracy“ (UDD), „space recovery experiment“ (Weltraum-Rückhol-Experiment), („Bewegung für ein besseres Ungarn“).
        if (words.Length <= MaxNameWords && (after.Count >= 2 && after[0].Text == "(" || InParentheses(text, span.Open))) return true;
        if (words.Length > 4) return false;
        var before = text[Math.Max(0, span.Open - 30)..span.Open].TrimEnd().ToLowerInvariant();
        var nameShape = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        // The subject after a reporting verb: "schreibt die „Computerwoche“", "schrieb „Die Zeit“".
        var lastWords = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var subjectAfterVerb = lastWords.Length >= 2 && language.SpeechVerbs.Contains(lastWords[^2]) && language.Determiners.Contains(lastWords[^1])
                               || lastWords.Length >= 1 && language.SpeechVerbs.Contains(lastWords[^1]) && language.Determiners.Contains(words[0]);
        return nameShape && (after.Count > 0 && language.SpeechVerbs.Contains(after[0].Lower) || subjectAfterVerb)
               || (nameShape || words.Length == 1) && language.CuesBeforeSpeaker.Any(c => before.EndsWith(" " + c, StringComparison.Ordinal) || before == c);
    }

    /// <summary>One word shaped as a web address (<c>icelandreview.com</c>, <c>www.bbc.co.uk</c>): a site's name, never speech.</summary>
    private static bool IsWebAddress(string quoted)
    {
        var dot = quoted.LastIndexOf('.');
        return dot > 0 && !quoted.Contains(' ', StringComparison.Ordinal) && quoted.Length - dot - 1 is >= 2 and <= 6
               && quoted[(dot + 1)..].All(char.IsAsciiLetterLower) && quoted.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '/');
    }

    /// <summary>A span that is part of a compound word: <c>eine „Eins zu Eins“-Begegnung</c>.</summary>
    private static bool IsCompound(string text, QuoteSpan span) =>
        span.Close + 2 < text.Length && text[span.Close + 1] == '-' && char.IsLetter(text[span.Close + 2]);

    /// <summary>
    /// Partial: the quote stands inside the writer's sentence, after a word, or mid-clause after a comma,
    /// except where it resumes a quote broken by its attribution (<c>"…," he said, "and …"</c>).
    /// </summary>
    private static bool IsPartial(string text, int open, string quoted, bool resumes)
    {
        var i = open - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0) return false;
        return char.IsLetterOrDigit(text[i]) || text[i] == ',' && char.IsLower(quoted[0]) && !resumes;
    }

    /// <summary>Whether a mark opens inside a short parenthesis: <c>(„…“</c>, <c>(übersetzt etwa: „…“</c>, <c>(engl. „…“</c>.</summary>
    private static bool InParentheses(string text, int open)
    {
        for (var i = open - 1; i >= 0 && i >= open - 25; i--)
        {
            if (text[i] == ')') return false;
            if (text[i] == '(') return true;
        }
        return false;
    }

    /// <summary>Up to four capitalised words, no sentence punctuation: <c>Die Zeit</c>, <c>Computerwoche</c>.</summary>
    private static bool IsNameShaped(string quoted)
    {
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => char.IsUpper(w[0])) && !quoted.Any(c => ".,;:!?".Contains(c));
    }

    /// <summary>
    /// A span that is a name, not words someone spoke: a few words, all capitalised but for function
    /// words between them, with no punctuation (<c>"Clean Rivers Act"</c>); where nouns are capitalised,
    /// only after an article that introduces a name (<c>der „Berliner Zeitung“</c>, <c>im „Spiegel“</c>), or for two
    /// words or more, a preposition (<c>von „Ärzte ohne Grenzen“</c>; <c>sprach von „Kapitulation“</c> is a quote).
    /// </summary>
    private static bool IsProperName(string quoted, Languages.LanguageTable language, string wordBefore)
    {
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || quoted.Any(c => ".,;:!?".Contains(c))) return false;
        var nameShape = char.IsUpper(words[0][0]) && (char.IsUpper(words[^1][0]) || char.IsDigit(words[^1][0]))
                        && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || language.Stopwords.Contains(w.ToLowerInvariant()));
        // Where every noun is capitalised, the shape alone says little: "einen „Wunschzettel“" is a fragment;
        // after an article for names, or right after the noun it names ("die Kartoffelsorte „Amflora“"), it is a name.
        return nameShape && (language.NameArticles is not { } articles || articles.Contains(wordBefore.ToLowerInvariant())
                             || words.Length >= 2 && language.NamePrepositions.Contains(wordBefore.ToLowerInvariant())
                             || wordBefore.Length > 1 && char.IsUpper(wordBefore[0]) && wordBefore.All(c => char.IsLetter(c) || c == '-'));
    }

    private static string WordBefore(string text, int open)
    {
        var before = text[..open].TrimEnd();
        return before[(before.LastIndexOf(' ') + 1)..];
    }

    /// <summary>Words of the writer's sentence in reported speech: a verb form of it among them.</summary>
    private static bool IsReportedSpeech(List<Token> sentence, Languages.LanguageTable language) =>
        sentence.Any(t => language.ReportedSpeechVerbs.Contains(t.Lower));


    private static bool HasLowerCaseWord(string quoted, Languages.LanguageTable language) =>
        quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && !language.Stopwords.Contains(w));

    private static bool ReadsAsSpeech(string quoted)
    {
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinContinuationWords && words.Any(w => char.IsLower(w[0]));
    }

    /// <summary>Words that are speech even with no one named for them: a few words, not all of them capitalised like a name's.</summary>
    private static bool IsUnattributedSpeech(string quoted, Languages.LanguageTable language) =>
        TextCounts.Words(quoted) >= MinUnattributedWords && HasLowerCaseWord(quoted, language);
}
