using System.Runtime.CompilerServices;
using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// Finds a quote's reporting words and the phrase naming its speaker in the quote's own sentence,
/// outside every quotation (so <c>Wie Präsident Trump sagte:</c> inside a quote cannot steal it).
/// After the quote first: a verb then its subject (<c>", erklärte der ukrainische Staatschef</c>,
/// <c>," said John Smith</c>), a cue word then the speaker (<c>", so Trump</c>, <c>, according to X</c>),
/// or the subject then the verb (<c>," the senator said</c>, <c>X zufolge</c>). Then before it: the
/// closest verb or cue phrase, with its subject before it where that opens the sentence (German verb
/// second: <c>Trump schrieb …, er habe ein "…"</c>) or after it (<c>Dazu sagte die Ministerin: "…"</c>).
/// </summary>
internal static class CueFinder
{
    /// <summary>The most tokens an apposition between a subject and its verb may have.</summary>
    private const int MaxApposition = 14;

    /// <summary>The most tokens searched for the subject of a clause that a verb is joined to.</summary>
    private const int MaxJoinedClause = 30;

    public static Cue? Find(List<Token> tokens, QuoteSpan span, int regionStart, int regionEnd, int afterEnd, LanguageTable language)
    {
        var after = Token.Between(tokens, span.After, afterEnd);
        var before = Token.Between(tokens, regionStart, Math.Min(span.Open, regionEnd));
        return Complete(FindAfter(after, language), language) ?? Passive(before, after, language) ?? FindBefore(before, language)
               ?? Frame(before, language, colon: true) ?? ClosingVerb(Frame(before, language, colon: false), after, language);
    }

    /// <summary>
    /// A frame whose clause ends in a reporting verb right after the quote has that verb as its words (the perfect tense:
    /// <c>Die Ministerin hatte zuvor eine „…“ gefordert.</c>).
    /// </summary>
    private static Cue? ClosingVerb(Cue? frame, List<Token> after, LanguageTable language) =>
        frame is { Words.Length: 0 } && after.Count > 0 && IsVerb(after[0], language) && (after.Count == 1 || after[1].Text is "." or "," or ";" or "!" or "?")
            ? frame with { Words = after[0].Text }
            : frame;

    /// <summary>
    /// A passive whose agent said it: an auxiliary, then the agent before the quote, and the reporting verb right after
    /// the quote or before the agent (<c>Seine Werke werden von Musikkennern als „…“ bezeichnet</c>, <c>was described by
    /// analysts as "…"</c>).
    /// </summary>
    private static Cue? Passive(List<Token> before, List<Token> after, LanguageTable language)
    {
        var auxiliary = before.FindLastIndex(t => language.PassiveAuxiliaries.Contains(t.Lower));
        if (auxiliary < 0) return null;
        // The last agent word before punctuation: "wird die Gefahr von Waldbränden vom Deutschen Wetterdienst als „…“ eingestuft".
        var stop = before.FindIndex(auxiliary + 1, t => !t.IsWord && t.Text != "-");
        var agent = before.FindLastIndex(stop < 0 ? before.Count - 1 : stop, (stop < 0 ? before.Count : stop + 1) - auxiliary, t => language.AgentWords.Contains(t.Lower));
        if (agent <= auxiliary || NounPhrase.Forward(before, agent + 1, language, anyCase: true) is not { } np) return null;
        var verb = after.Count > 0 && IsVerb(after[0], language) ? after[0] : IsVerb(before[agent - 1], language) ? before[agent - 1] : default;
        return verb.Text is null ? null : Make(before, verb.Text, np);
    }

    /// <summary>
    /// A quote in a frame with no reporting verb: the frame's subject is the speaker, at its start
    /// (<c>BKA-Präsident Ziercke: „…“</c>, <c>Ali bekannte sich …: „…“</c>, <c>Der Bundespräsident
    /// konstatierte eine wachsende „…“</c>) or, after an opening phrase, right after the verb (<c>In einem
    /// Interview äußerte sich der Außenbeauftragte Javier Solana zuversichtlich: „…“</c>). The cue has no
    /// words of its own; the caller keeps it only where the subject names a person for sure. Without a
    /// colon, the subject must open the sentence and a verb follow it.
    /// </summary>
    private static Cue? Frame(List<Token> b, LanguageTable language, bool colon)
    {
        if (b.Count < 2 || colon && b[^1].Text != ":") return null;
        var k = 0;
        while (k < b.Count && (language.Adverbs.Contains(b[k].Lower) || language.Conjunctions.Contains(b[k].Lower) || !b[k].IsWord)) k++;
        if (NounPhrase.Forward(b, k, language) is { } subject && IsSpeakerStart(b[subject.First], language)
            && (colon || subject.Last + 1 < b.Count && b[subject.Last + 1].IsWord && !b[subject.Last + 1].IsCapitalized))
            return Make(b, "", subject);
        if (!colon)
        {
            // Verb second: the subject right after the first verb (<c>In dem Verfahren sieht Osterloh einen „…“</c>).
            if (!language.NounsCapitalized) return null;
            var verb = b.FindIndex(k, t => t.IsWord && !t.IsCapitalized && !language.Stopwords.Contains(t.Lower) && !language.Determiners.Contains(t.Lower));
            // After a preposition a lower-case word is an adjective: "in weiten Teilen Norddeutschlands".
            return verb > k && verb + 1 < b.Count && !language.Prepositions.Contains(b[verb - 1].Text) && NounPhrase.Forward(b, verb + 1, language) is { } second
                   && (language.IsDefinite(b[verb + 1].Lower)
                       || language.Pronouns.ContainsKey(b[verb + 1].Lower) || Names.IsNameWord(b[verb + 1], language))
                ? Make(b, "", second)
                : null;
        }
        for (var i = k + 1; i < b.Count - 1; i++)
            if (IsVerbLike(b, language.Reflexives.Contains(b[i - 1].Lower) && i >= 2 ? i - 2 : i - 1, language)
                && NounPhrase.Forward(b, i, language) is { } inverted && IsSpeakerStart(b[inverted.First], language)
                && (language.SubjectDeterminers.Contains(b[i].Lower) || language.Pronouns.ContainsKey(b[i].Lower) || Names.IsNameWord(b[i], language)))
                return Make(b, "", inverted);
        return null;
    }

    /// <summary>A lower-case word that can be the finite verb of a frame (<c>äußerte sich</c>, <c>zeigt sich</c>).</summary>
    private static bool IsVerbLike(List<Token> b, int i, LanguageTable language) =>
        b[i].IsWord && !b[i].IsCapitalized && !language.Stopwords.Contains(b[i].Lower);

    private static bool IsSpeakerStart(Token t, LanguageTable language) =>
        language.Pronouns.ContainsKey(t.Lower) || language.IsDefinite(t.Lower) || language.IndefiniteDeterminers.Contains(t.Lower)
        || NounPhrase.IsNameOrNoun(t, language);

    /// <summary>
    /// Who a verb of quoting quotes when it comes after the quote: the last phrase before the clause goes
    /// on, past the medium that does the quoting (<c>„…“, zitiert ndr.de Polizeisprecher Ralf Meyer</c>).
    /// </summary>
    private static (int First, int Last)? QuotedAfter(List<Token> a, int start, LanguageTable language)
    {
        (int First, int Last)? last = null;
        for (var k = start; k < a.Count && k <= start + MaxApposition; k++)
        {
            if (language.Prepositions.Contains(a[k].Text) || a[k].Text is "," or "." or ";" or ":") break;
            if (NounPhrase.Forward(a, k, language, anyCase: true) is not { } np) continue;
            last = np;
            k = np.Last;
        }
        return last;
    }

    /// <summary>A cue that opens the tokens after a quote (<c>," chairman Jack Reichert said</c>).</summary>
    public static Cue? FindRightAfter(List<Token> after, LanguageTable language)
    {
        var j = after.FindIndex(t => t.IsWord);
        return j >= 0 ? Complete(FindAt(after, j, language), language) : null;
    }

    /// <summary>A cue right after the quote, or after a comma later in its sentence (<c>"…", dass …, so die Ministerin</c>).</summary>
    private static Cue? FindAfter(List<Token> a, LanguageTable language)
    {
        var j = 0;
        while (j < a.Count && !a[j].IsWord) j++;
        if (j >= a.Count) return null;
        if (FindAt(a, j, language) is { } cue) return cue;
        for (var c = j + 1; c + 1 < a.Count; c++)
            if (a[c].Text == "," && FindAt(a, c + 1, language) is { } later) return later;
        return null;
    }

    /// <summary>
    /// An impersonal cue (<c>heißt es</c>) at <paramref name="j"/>: the source named after it (<c>hieß es
    /// vom Ministerium</c>, <c>so heißt es in einer Erklärung des Verbands</c>) or opening the sentence before it
    /// (<c>In der Ankündigung des Komitees heißt es</c>), or no one.
    /// </summary>
    private static Cue? Impersonal(List<Token> t, int j, LanguageTable language)
    {
        if (j >= t.Count || !MayOpenPhrase(t[j], language)) return null;
        if (j + 1 < t.Count && t[j].Lower == "so" && Impersonal(t, j + 1, language) is { } afterSo) return afterSo;
        foreach (var phrase in language.ImpersonalCues)
        {
            if (Match(t, j, phrase) is not (int n and > 0)) continue;
            var k = j + n;
            while (k < t.Count && k < j + n + 2 && language.Adverbs.Contains(t[k].Lower)) k++; // "heißt es dazu in …"
            if (k < t.Count && language.SourcePrepositions.Contains(t[k].Lower) && NounPhrase.Forward(t, k + 1, language, anyCase: true) is { } source)
                return Make(t, Words(t, j, n), source);
            var opening = t.FindIndex(w => w.IsWord);
            return opening >= 0 && opening < j && language.SourcePrepositions.Contains(t[opening].Lower)
                   && NounPhrase.Forward(t, opening + 1, language, anyCase: true) is { } before && before.Last < j
                ? Make(t, Words(t, j, n), before)
                : new Cue(Words(t, j, n), 0, 0);
        }
        return null;
    }

    private static Cue? FindAt(List<Token> a, int j, LanguageTable language)
    {
        if (Impersonal(a, j, language) is { } impersonal) return impersonal;
        // A perfect tense, the subject between auxiliary and participle: "…“ sei, hatte Koch-Mehrin damals gesagt".
        if (language.PerfectAuxiliaries.Contains(a[j].Lower) && NounPhrase.Forward(a, j + 1, language) is { } perfectSubject)
        {
            for (var k = perfectSubject.Last + 1; k < a.Count && k <= perfectSubject.Last + 4 && a[k].IsWord; k++)
                if (IsVerb(a[k], language)) return Make(a, a[k].Text, perfectSubject);
        }
        if (IsVerb(a[j], language) && language.QuotingVerbs.Contains(a[j].Lower) && QuotedAfter(a, j + 1, language) is { } quotedPerson)
            return Make(a, VerbWords(a, j, quotedPerson.Last, language), quotedPerson);
        if (IsVerb(a[j], language) && !language.AddresseeVerbs.Contains(a[j].Lower) && AfterReflexive(a, j + 1, language) is var subjectAt
            && NounPhrase.Forward(a, AfterMark(a, subjectAt), language) is { } inverted)
        {
            // A time phrase first: "sagte dieser Tage die Ministerin".
            if (language.TimeNouns.Contains(a[inverted.Last].Lower) && NounPhrase.Forward(a, inverted.Last + 1, language) is { } after) inverted = after;
            // A name in marks keeps them: „Die Zeit“.
            if (AfterMark(a, subjectAt) > subjectAt && inverted.Last + 1 < a.Count && !a[inverted.Last + 1].IsWord) inverted = (subjectAt, inverted.Last + 1);
            return Make(a, VerbWords(a, j, inverted.Last, language), inverted);
        }
        foreach (var phrase in language.CuesBeforeSpeaker)
        {
            if (Match(a, j, phrase) is not (int n and > 0)) continue;
            if (j + n < a.Count && IsVerb(a[j + n], language)) // "so urteilte Romney", "so fasste Lang das Spiel zusammen"
            {
                if (NounPhrase.Forward(a, j + n + 1, language, anyCase: true) is { } subject)
                    return Make(a, Words(a, j, n) + " " + VerbWords(a, j + n, subject.Last, language), subject);
                continue;
            }
            if (n > 1 && j + n + 1 < a.Count && NounPhrase.Forward(a, j + n, language, anyCase: true) is null && IsVerbLike(a, j + n, language))
                n++; // "mit diesen Worten meldete er sich zurück"
            if (NounPhrase.Forward(a, j + n, language, anyCase: true) is { } np) return Make(a, Words(a, j, n), np);
        }
        for (var s = j; s <= j + 1 && s < a.Count; s++)
        {
            // A function word may open the clause, and a name particle the name ("…," de Groote said).
            if (s > j && !language.Stopwords.Contains(a[j].Lower) && !Names.IsLeadingParticle(a, j)) break;
            if (NounPhrase.Forward(a, s, language) is not { } subject) continue;
            var k = subject.Last + 1;
            // An aside in parentheses: "…," the General Agreement on Tariffs and Trade (GATT) said.
            if (k < a.Count && a[k].Text == "(" && a.FindIndex(k + 1, Math.Min(6, a.Count - k - 1), t => t.Text == ")") is var shut and > 0) k = shut + 1;
            // A place or body between subject and verb: "…," an LDP candidate in Tokyo told Reuters.
            if (k + 1 < a.Count && language.Prepositions.Contains(a[k].Text) && NounPhrase.Forward(a, k + 1, language, anyCase: true) is { } where
                && where.Last + 1 < a.Count && IsVerb(a[where.Last + 1], language))
                k = where.Last + 1;
            // An apposition between subject and verb: "…," Kenneth Blaylock, president of the union, told …
            if (k < a.Count && a[k].Text == "," && a.FindIndex(k + 1, Math.Min(MaxApposition, a.Count - k - 1), t => t.Text == ",") is var close and > 0
                && close + 1 < a.Count && IsVerb(a[close + 1], language))
                k = close + 1;
            if (k < a.Count && a[k].IsWord && !a[k].IsCapitalized && a[k].Lower.EndsWith("ly", StringComparison.Ordinal)) k++;
            // German puts the verb first after a quote ("…“, sagte Löw); a subject first opens a new clause ("…“, Löw bezeichnete …"),
            // unless a function word leads it in ("…“, wie Löw sagte).
            var newClause = language.NounsCapitalized && s == j;
            if (k < a.Count && IsVerb(a[k], language) && !newClause)
                return language.QuotingVerbs.Contains(a[k].Lower) && NounPhrase.Forward(a, k + 1, language, anyCase: true) is { } quoted
                    ? Make(a, VerbWords(a, k, quoted.Last, language), quoted) // "…," PAP quoted Baka as saying
                    : Make(a, VerbWords(a, k, k, language), subject);
            foreach (var phrase in language.CuesAfterSpeaker)
                if (Match(a, k, phrase) is int m and > 0) return Make(a, Words(a, k, m), subject);
        }
        return null;
    }

    /// <summary>
    /// Where the verb ends a relative clause (nouns capitalised: German word order), a named person right after the relative
    /// pronoun is its subject: <c>die Marke, die Gerhard Schröder zum Erfolgskriterium erklärt hatte:</c>.
    /// </summary>
    private static (int First, int Last)? RelativeClauseSubject(List<Token> b, int v, LanguageTable language)
    {
        if (!language.NounsCapitalized) return null;
        var comma = b.FindLastIndex(v, Math.Min(v + 1, MaxRelativeClause), t => t.Text is "," or ":" or ";" or "„" or "“" or "\"");
        if (comma < 0 || b[comma].Text != "," || comma + 2 >= v || !language.Determiners.Contains(b[comma + 1].Lower)) return null;
        return NounPhrase.Forward(b, comma + 2, language) is { } subject && subject.Last < v
               && GivenNames.GenderOf(b[subject.First].Text) is not null && Names.IsNameWord(b[subject.First], language)
            ? subject
            : null;
    }

    private const int MaxRelativeClause = 24;

    /// <summary>A sentence after the quote that attributes it by a back-reference: <c>„…“ Das sagte Ministerin X am Montag.</c></summary>
    public static Cue? FindInNextSentence(List<Token> next, LanguageTable language) =>
        next.Count > 2 && language.BackReferences.Contains(next[0].Lower) && IsVerb(next[1], language)
        && NounPhrase.Forward(next, 2, language) is { } subject
            ? Make(next, VerbWords(next, 1, subject.Last, language), subject)
            : null;

    /// <summary>The reporting verb and subject of a sentence without quotation marks (indirect speech: <c>X said the plan …</c>).</summary>
    public static Cue? FindInSentence(List<Token> sentence, LanguageTable language) => FindBefore(sentence, language);

    /// <summary>A cue whose verb says nothing without its particle has it: "ließ verlauten", not "ließ sich auf nichts ein".</summary>
    private static Cue? Complete(Cue? cue, LanguageTable language) =>
        cue is not null && language.ParticleRequired.Contains(cue.Words.ToLowerInvariant()) ? null : cue;

    /// <param name="joinable">Whether a verb joined by a conjunction may take the subject of the clause before (one level, bounded).</param>
    private static Cue? FindBefore(List<Token> b, LanguageTable language, bool joinable = true)
    {
        for (var v = b.Count - 1; v >= 0; v--)
        {
            if (Impersonal(b, v, language) is { } impersonal) return impersonal;
            // "Seiner Meinung nach", "Ihren Angaben zufolge": a possessive and a noun for what was said, then the cue.
            if (v + 2 < b.Count && language.Possessives.ContainsKey(b[v].Lower) && language.IsSourceNoun(b[v + 1].Lower)
                && language.PossessiveCues.Contains(b[v + 2].Lower))
                return Make(b, b[v + 2].Text, (v, v + 1));
            if (InsertedSo(b, v, language) is { } so) return Make(b, b[v].Text, so);
            if (MayOpenPhrase(b[v], language))
            {
                foreach (var phrase in language.CuesBeforeSpeaker)
                    if (phrase != "so" && Match(b, v, phrase) is int n and > 0 && NounPhrase.Forward(b, v + n, language, anyCase: true) is { } named)
                        return Make(b, Words(b, v, n), named);
                foreach (var phrase in language.CuesAfterSpeaker)
                    if (Match(b, v, phrase) is int n and > 0 && NounPhrase.Backward(b, v, language) is { } source)
                        return Make(b, Words(b, v, n), source);
            }
            if (!IsVerb(b[v], language) || LacksParticle(b, v, language)) continue;
            if (language.QuotingVerbs.Contains(b[v].Lower))
            {
                var passive = b.FindLastIndex(v, t => language.PassiveAuxiliaries.Contains(t.Lower));
                if (passive < 0 && NounPhrase.Forward(b, v + 1, language, anyCase: true) is { } quoted) return Make(b, VerbWords(b, v, quoted.Last, language), quoted);
                // The passive: the one quoted is its subject, after the auxiliary or before it
                // ("In der Meldung wird Musk wie folgt zitiert:", "Volker Ratzmann, wird von der „Netzeitung“ zitiert").
                if (passive >= 0 && (Inverted(b, passive + 1, language) ?? AsSubject(b, NounPhrase.Backward(b, passive, language), language) ?? BeforeApposition(b, passive, language)) is { } subject)
                    return Make(b, b[v].Text, subject);
                continue;
            }

            if (RelativeClauseSubject(b, v, language) is { } relative) return Make(b, VerbWords(b, v, v, language), relative);
            // Adverbs between subject and verb, as a subordinate clause has them: "zumal Verteidiger X immer wieder betont hatte".
            var adverbs = v;
            while (adverbs > 0 && language.Adverbs.Contains(b[adverbs - 1].Lower)) adverbs--;
            var back = NounPhrase.Backward(b, adverbs, language) ?? BeforeApposition(b, v, language) ?? BeforeRelative(b, v, language);
            var forward = language.AddresseeVerbs.Contains(b[v].Lower) ? null : NounPhrase.Forward(b, AfterReflexive(b, v + 1, language), language);
            // Places, bodies and times after the subject: "Ein Regierungssprecher in Berlin sagte", "an analyst in Tokyo said",
            // "Wie Finanzminister Hartmut Möllring am Dienstag in Hannover erklärte".
            if (back is { } place && !NounPhrase.CanBeSubject(b, place, language) && SubjectBefore(b, place, language) is { } owner) back = owner;
            // A name before a description that no second comma closes: "Stephen Singer, ein Klimaexperte vom WWF erklärte".
            if (back is { } described && NameBeforeDescription(b, described, language) is { } name) back = name;
            if (back is { } bp && !NounPhrase.CanBeSubject(b, bp, language)) back = null;
            if (forward is { } fp && !NounPhrase.CanBeSubject(b, fp, language)) forward = null;
            // An adverb opening the sentence is no subject: "Unmissverständlich sagt das Gericht …".
            if (back is { } lone && lone.First == lone.Last && forward is not null && IsAdverbLike(b[lone.First], language)) back = null;
            var opens = back is { } bk ? PhraseOpening(b, bk.First, language) : 0;
            var subjectFirst = back is not null && (!b[..opens].Any(t => t.IsWord && !language.Adverbs.Contains(t.Lower))
                || !b[opens - 1].IsWord || language.Conjunctions.Contains(b[opens - 1].Lower));
            // "er" right after the verb is its subject, whatever stands first ("Deren Haltung bezeichnete er als „…“").
            if (subjectFirst && language.NounsCapitalized && v + 1 < b.Count && language.Pronouns.TryGetValue(b[v + 1].Lower, out var g) && g == 'm'
                && !NamesAPerson(b, back!.Value, language))
                (subjectFirst, forward) = (false, (v + 1, v + 1));
            // A thing before the verb and a person after it: the thing is the addressee (<c>Der Zeitung sagte Filep Karma</c>).
            if (subjectFirst && language.NounsCapitalized && forward is { } person && IsNamedPerson(b, person, language) && !NamesAPerson(b, back!.Value, language))
                subjectFirst = false;
            // A verb joined to an earlier one has its subject: "… befand Netanyahu den Angriff als gerechtfertigt und nannte ihn „…“".
            if (joinable && back is null && v > 1 && language.Conjunctions.Contains(b[v - 1].Lower))
            {
                var clause = b[Math.Max(0, v - 1 - MaxJoinedClause)..(v - 1)];
                if (FindBefore(clause, language, joinable: false) is { HasMention: true } joined) return joined with { Words = VerbWords(b, v, v, language) };
                if (ClauseSubject(clause, language) is { } subject) return Make(clause, VerbWords(b, v, v, language), subject);
            }
            var np = subjectFirst ? back : language.NounsCapitalized ? forward ?? back : back ?? forward;
            if (np is { } found) return Make(b, VerbWords(b, v, Math.Max(v, found.Last), language), found);
            if (PerfectSubject(b, v, language) is { } perfect) return Make(b, b[v].Text, perfect);
        }
        return null;
    }

    private static bool IsAdverbLike(Token t, LanguageTable language) =>
        language.NounsCapitalized && t.IsCapitalized && GivenNames.GenderOf(t.Text) is null
        && language.AdverbEndings.Any(e => t.Lower.Length > e.Length + 2 && t.Lower.EndsWith(e, StringComparison.Ordinal));

    private static bool IsNamedPerson(List<Token> b, (int First, int Last) phrase, LanguageTable language) =>
        phrase.Last > phrase.First && (GivenNames.GenderOf(b[phrase.First].Text) is not null
                                       || Enumerable.Range(phrase.First, phrase.Last - phrase.First + 1).All(i => Names.IsNameWord(b[i], language)));

    private static bool NamesAPerson(List<Token> b, (int First, int Last) phrase, LanguageTable language)
    {
        for (var i = phrase.First; i <= phrase.Last; i++)
            if (language.Pronouns.ContainsKey(b[i].Lower) || Roles.HeadOf(b[i], language) is not null
                || Names.IsNameWord(b[i], language) && GivenNames.GenderOf(b[i].Text) is not null) return true;
        return false;
    }

    /// <summary>The name of two or more words right before a comma that opens a described role (<c>X Y, der Exstellvertreter von Z</c>), or null.</summary>
    private static (int First, int Last)? NameBeforeDescription(List<Token> b, (int First, int Last) described, LanguageTable language)
    {
        var comma = described.First - 1;
        if (comma < 2 || b[comma].Text != "," || !b.Skip(described.First).Take(described.Last - described.First + 1).Any(t => Roles.HeadOf(t, language) is not null)) return null;
        var first = comma;
        while (first > 0 && comma - first < 4 && (Names.IsNameWord(b[first - 1], language) || Names.IsParticle(b, first - 1))) first--;
        return comma - first >= 2 && (first == 0 || !b[first - 1].IsWord || language.Stopwords.Contains(b[first - 1].Lower)) ? (first, comma - 1) : null;
    }

    /// <summary>The subject before up to three places or times that stand between it and the verb (<c>X am Dienstag in Hannover</c>).</summary>
    private static (int First, int Last)? SubjectBefore(List<Token> b, (int First, int Last) phrase, LanguageTable language)
    {
        for (var steps = 0; steps < 3; steps++)
        {
            var time = language.Weekdays.Contains(b[phrase.Last].Lower) || language.Months.ContainsKey(b[phrase.Last].Lower);
            var end = phrase.First > 0 && language.Prepositions.Contains(b[phrase.First - 1].Text) ? phrase.First - 1
                : time && language.Determiners.Contains(b[phrase.First].Lower) ? phrase.First : -1;
            if (end > 1 && language.PerfectAuxiliaries.Contains(b[end - 1].Lower)) end--; // "X hatte am Mittwoch erklärt"
            if (end < 1 || NounPhrase.Backward(b, end, language) is not { } before) return null;
            if (AsSubject(b, before, language) is { } subject) return subject;
            phrase = before;
        }
        return null;
    }

    /// <summary>
    /// The subject of the clause a verb is joined to, where its own verb is no verb of saying: the phrase that opens
    /// the clause, or in German the one right after its verb (<c>…, biss der Randalierer den Fluggast und rief: „…“</c>).
    /// </summary>
    private static (int First, int Last)? ClauseSubject(List<Token> clause, LanguageTable language)
    {
        var start = clause.FindLastIndex(t => t.Text is "," or ";" or ":") + 1;
        while (start < clause.Count && language.Adverbs.Contains(clause[start].Lower)) start++;
        if (start >= clause.Count) return null;
        if (IsSpeakerStart(clause[start], language) && NounPhrase.Forward(clause, start, language) is { } opening) return opening;
        return language.NounsCapitalized && IsVerbLike(clause, start, language) ? Inverted(clause, start + 1, language) : null;
    }

    /// <summary>A subject right after a finite verb (<c>wird Musk …</c>): a name, a pronoun or a definite phrase.</summary>
    private static (int First, int Last)? Inverted(List<Token> b, int i, LanguageTable language) =>
        i < b.Count && (Names.IsNameWord(b[i], language) || Roles.HeadOf(b[i], language) is not null || language.Pronouns.ContainsKey(b[i].Lower) || language.IsDefinite(b[i].Lower))
            ? NounPhrase.Forward(b, i, language)
            : null;

    /// <summary>
    /// The subject of a participle in the perfect tense, around its auxiliary earlier in the sentence:
    /// <c>Karin Broszat hat … behauptet</c>, <c>Gestern hat die Ministerin … erklärt</c>.
    /// </summary>
    private static (int First, int Last)? PerfectSubject(List<Token> b, int participle, LanguageTable language)
    {
        if (participle < 2) return null;
        var aux = b.FindLastIndex(participle - 1, Math.Min(participle, 12), t => language.PerfectAuxiliaries.Contains(t.Lower));
        if (aux <= 0 || b.Skip(aux + 1).Take(participle - aux - 1).Any(t => t.Text is "." or ";" or ":")) return null;
        return AsSubject(b, NounPhrase.Backward(b, aux, language), language) ?? AsSubject(b, NounPhrase.Forward(b, aux + 1, language), language);
    }

    /// <summary>The phrase where it can be a subject (see <see cref="NounPhrase.CanBeSubject"/>), else null.</summary>
    private static (int First, int Last)? AsSubject(List<Token> b, (int First, int Last)? phrase, LanguageTable language) =>
        phrase is { } p && NounPhrase.CanBeSubject(b, p, language) ? p : null;

    /// <summary>The phrase a relative pronoun stands for: <c>spokesman Denis Baudouin, who said …</c>.</summary>
    private static (int First, int Last)? BeforeRelative(List<Token> b, int verb, LanguageTable language)
    {
        var k = verb - 1;
        while (k > 0 && language.Adverbs.Contains(b[k].Lower)) k--;
        return k >= 2 && language.RelativeSubjects.Contains(b[k].Lower) && b[k - 1].Text == "," ? NounPhrase.Backward(b, k - 1, language) : null;
    }

    /// <summary>Where a phrase opens with its article and adjectives, which the mention leaves out (<c>die amtierende Familienministerin …</c>).</summary>
    private static int PhraseOpening(List<Token> b, int first, LanguageTable language)
    {
        var k = first;
        while (k > 0 && b[k - 1].IsWord && !b[k - 1].IsCapitalized && !language.Stopwords.Contains(b[k - 1].Lower) && !IsVerb(b[k - 1], language)) k--;
        return k > 0 && (language.Determiners.Contains(b[k - 1].Lower) || language.SubjectDeterminers.Contains(b[k - 1].Lower)) ? k - 1 : first;
    }

    /// <summary>
    /// The subject before an apposition: <c>Sen. Ruth Calloway, D-Vt., the bill's lead sponsor, called …</c>.
    /// Up to two comma-enclosed asides are stepped over.
    /// </summary>
    private static (int First, int Last)? BeforeApposition(List<Token> b, int verb, LanguageTable language)
    {
        var end = verb;
        while (end > 1 && language.Adverbs.Contains(b[end - 1].Lower)) end--; // "…, dazu feststellt"
        for (var asides = 0; asides < 2 && end > 0 && b[end - 1].Text == ","; asides++)
        {
            if (end < 3) return null;
            // A relative clause may be longer than an apposition: "Wie Norman Paech, der als Begleitung … anwesend war, feststellt".
            var comma = b.FindLastIndex(end - 2, Math.Min(end - 1, MaxRelativeClause), t => t.Text == ",");
            if (comma <= 0 || end - comma > MaxApposition && !language.RelativePronouns.Contains(b[comma + 1].Lower)) return null;
            // The aside is the name, perhaps with a party after it: "Der stellvertretende Direktor der Agentur, Bambang Suryo Aji, sagte",
            // "die Sprecherin der Fraktion, Sandra Boser (GRÜNE), erklärte".
            var nameEnd = end - 2;
            if (b[nameEnd].Text == ")" && b.FindLastIndex(nameEnd, Math.Min(nameEnd + 1, 5), t => t.Text == "(") is var open and > 0) nameEnd = open - 1;
            if (asides == 0 && nameEnd - comma >= 2
                && Enumerable.Range(comma + 1, nameEnd - comma).All(i => (Names.IsNameWord(b[i], language) && Roles.HeadOf(b[i], language) is null) || Names.IsParticle(b, i)))
                return (comma + 1, nameEnd);
            if (NounPhrase.Backward(b, comma, language) is { } subject
                && (subject.First == 0 || !b[subject.First - 1].IsWord || language.Stopwords.Contains(b[subject.First - 1].Lower)))
                return (subject.First, NounPhrase.WithAppositionName(b, subject.First, subject.Last, language));
            end = comma + 1;
        }
        return null;
    }

    /// <summary>Past an opening quotation mark around a name: <c>schrieb „Die Zeit“</c>.</summary>
    private static int AfterMark(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].OpensQuote && tokens[i + 1].IsCapitalized ? i + 1 : i;

    private static int AfterReflexive(List<Token> tokens, int i, LanguageTable language) =>
        i < tokens.Count && language.Reflexives.Contains(tokens[i].Lower) ? i + 1 : i;

    /// <summary>A reporting verb: in lower case, as verbs stand in a sentence (<c>the United States</c> holds none).</summary>
    private static bool IsVerb(Token t, LanguageTable language) => t.IsWord && !t.IsCapitalized && language.SpeechVerbs.Contains(t.Lower);

    /// <summary>
    /// "so" and its speaker as a clause of their own, after a comma and before a comma, colon or place, perhaps with adverbs:
    /// <c>…, so Elshorst weiter: „…“</c>, <c>Doch sei es, so der Schriftsteller X in einem Blogeintrag, …</c>. Elsewhere
    /// "so" is no cue before the quote (<c>So hat sich …</c>).
    /// </summary>
    private static (int First, int Last)? InsertedSo(List<Token> b, int v, LanguageTable language)
    {
        if (v == 0 || b[v - 1].Text != "," || Match(b, v, "so") != 1 || NounPhrase.Forward(b, v + 1, language, anyCase: true) is not { } so) return null;
        var k = so.Last + 1;
        while (k < b.Count && language.Adverbs.Contains(b[k].Lower)) k++;
        return k == b.Count || b[k].Text is "," or ":" or "." or ";" || language.Prepositions.Contains(b[k].Text) ? so : null;
    }

    /// <summary>
    /// A verb that says nothing without its particle or a noun for what was said, and the clause it opens has neither:
    /// <c>es nur 26 Fouls gab,</c> is no cue; <c>gab der Minister am Montag bekannt:</c> and <c>gab X eine Stellungnahme</c>
    /// are. The search goes on to an earlier verb.
    /// </summary>
    private static bool LacksParticle(List<Token> tokens, int verb, LanguageTable language)
    {
        if (!language.ParticleRequired.Contains(tokens[verb].Lower)) return false;
        var particles = language.SplitVerbs[tokens[verb].Lower].Split('|');
        for (var i = verb + 1; i < tokens.Count && i <= verb + MaxApposition; i++)
        {
            if (tokens[i].Text is "." or ":" or ";" || tokens[i].OpensQuote) break;
            if (particles.Contains(tokens[i].Lower) || language.IsSourceNoun(tokens[i].Lower)) return false; // "gab … eine Stellungnahme"
        }
        return true;
    }

    /// <summary>The verb, with its particle when it is a split verb and the particle follows (<c>teilte … mit</c>).</summary>
    private static string VerbWords(List<Token> tokens, int verb, int searchFrom, LanguageTable language)
    {
        var word = tokens[verb].Text;
        if (!language.SplitVerbs.TryGetValue(tokens[verb].Lower, out var particle)) return word;
        for (var i = searchFrom + 1; i < tokens.Count && i <= searchFrom + 8; i++)
        {
            if (!tokens[i].IsWord) break;
            if (particle.Split('|').Contains(tokens[i].Lower)) return word + " " + tokens[i].Text;
        }
        return word;
    }

    /// <summary>Each language's first words of its cue phrases, and <c>so</c> (which may open one: <c>so hieß es</c>).</summary>
    private static readonly ConditionalWeakTable<LanguageTable, HashSet<string>> PhraseOpeners = [];

    /// <summary>Whether a token is the first word of a cue phrase: for most tokens one lookup tells that no phrase starts here.</summary>
    private static bool MayOpenPhrase(Token token, LanguageTable language) =>
        PhraseOpeners.GetValue(language, l => [.. l.CuesBeforeSpeaker.Concat(l.CuesAfterSpeaker).Concat(l.ImpersonalCues).Select(p => p.Split(' ')[0]), "so"])
            .Contains(token.Lower);

    /// <summary>How many tokens from <paramref name="i"/> spell <paramref name="phrase"/> (words separated by one space), or 0. Runs for every token and phrase: allocates nothing.</summary>
    private static int Match(List<Token> tokens, int i, string phrase)
    {
        var rest = phrase.AsSpan();
        for (var n = 0; ; n++)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (i + n >= tokens.Count || !word.SequenceEqual(tokens[i + n].Lower)) return 0;
            if (space < 0) return n + 1;
            rest = rest[(space + 1)..];
        }
    }

    private static string Words(List<Token> tokens, int start, int count) => string.Join(' ', tokens.Skip(start).Take(count).Select(t => t.Text));

    private static Cue Make(List<Token> tokens, string words, (int First, int Last) np) =>
        new(words, tokens[np.First].Start, tokens[np.Last].End);
}
