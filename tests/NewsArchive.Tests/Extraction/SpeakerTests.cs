namespace NewsArchive.Tests.Extraction;

public sealed class SpeakerTests
{
    /// <summary>Text, then for each quote in order: speaker, attribution.</summary>
    public static TheoryData<string, string[]> Shapes() => new()
    {
        // a role noun resolved to a person named before
        { "Streit um Rente\nArbeitsministerin Helga Brandstätter will die Rente stärken. „Wir lassen niemanden zurück“, sagte die Ministerin.",
          ["Helga Brandstätter|role"] },
        // the fullest name the article uses
        { "Streit um Rente\nArbeitsministerin Helga Brandstätter will die Rente stärken. „Wir lassen niemanden zurück“, so Brandstätter.",
          ["Helga Brandstätter|cue"] },
        // a pronoun, and a continuation without a cue
        { "Senate passes bill\nSenator Marcus Whitfield voted for the bill. “It is a good day,” he said. “We waited for years.”",
          ["Marcus Whitfield|pronoun", "Marcus Whitfield|continuation"] },
        // a quote broken by its attribution: two quotes, one speaker
        { "Senate passes bill\n“The data were not what we hoped for,” chief executive Dana Okafor said on Tuesday, “and we will not pretend otherwise.”",
          ["Dana Okafor|cue", "Dana Okafor|cue"] },
        // the spokesperson of a named organisation gives the organisation
        { "Cyberangriff auf Kommunen\nDie Systeme bleiben abgeschaltet. „Die Lage ist ernst“, sagte ein Sprecher des Innenministeriums.",
          ["Innenministerium|cue"] },
        { "Bank cuts jobs\nThe bank will close branches. A Castlegate Bank spokesperson said it would “offer redeployment to every affected colleague.”",
          ["Castlegate Bank|cue"] },
        // an unnamed speaker: no speaker, found by the cue
        { "Markets fall\nShares fell sharply on Monday. “This is only the start of it,” one analyst said.",
          ["|cue"] },
        // a split particle verb, and a cue after the speaker
        { "Werft in Not\nDie Werft ist pleite. „Wir suchen einen Investor“, teilte Geschäftsführerin Anna Muster am Montag mit. Ein Verkauf sei Experten Jan Beispiel zufolge „kaum noch zu verhindern“.",
          ["Anna Muster|cue", "Jan Beispiel|cue"] },
        // a cue inside the quote does not steal it
        { "Krieg in der Ukraine\nKanzler Otto Muster sprach mit Präsident Jan Beispiel. „Wir wollen Frieden. Wie Präsident Beispiel sagte: Lasst uns beginnen“, so Muster.",
          ["Otto Muster|cue"] },
        // a back-reference in the next sentence attributes the quote before it
        { "Streit um Rente\nDie Regierung streitet über die Rente. „Wir lassen niemanden zurück.“ Das sagte Arbeitsministerin Helga Brandstätter am Montag.",
          ["Helga Brandstätter|cue"] },
        // indirect speech sets the running speaker
        { "Senate passes bill\nSen. Dale Prewitt, R-Neb., said it would bury farms in paperwork. “Every farmer will need a lawyer,” he said.",
          ["Dale Prewitt|pronoun"] },
        // a pronoun finds the person of its gender, known by the given name
        { "Budget talks\nFinance minister Carla Denholm met union leader Peter Vasko on Monday. “We are close,” she said.",
          ["Carla Denholm|pronoun"] },
        // an acronym is the organisation the article spelled out; "the company" is the company named last
        { "Outlook cut\nThe Northern Growth Institute cut its forecast. “Demand is weak,” the NGI said.",
          ["Northern Growth Institute|cue"] },
        { "Plant to close\nHarwick Mills Inc said it would close its plant. The company said it was “a painful but necessary step.”",
          ["Harwick Mills Inc|role"] },
        // what was said points at who said it; a subject frames a quote without a reporting verb
        { "Haushalt beschlossen\nMinisterin Helga Brandstätter verteidigte den Etat. Nach den Worten der Ministerin ist der Etat „solide und gerecht“.",
          ["Helga Brandstätter|role"] },
        { "Rente\nDer Sozialverband kritisierte die Pläne. Verbandschef Jan Beispiel nannte die Reform eine „Mogelpackung für alle Rentner“.",
          ["Jan Beispiel|cue"] },
        // a verb of quoting after the quote quotes its object, not the medium
        { "Brücke gesperrt\nDie Brücke bleibt bis zum Sommer gesperrt. „Wir bauen die Brücke neu“, zitiert ndr.de Bürgermeister Otto Muster.",
          ["Otto Muster|cue"] },
        // a thing before the verb and a person after it: the thing is the addressee
        { "Haft in Jayapura\nDer Beamte Jonas Wenda sitzt in Haft. Der englischsprachigen Zeitung sagte Jonas Wenda: „Das entmutigt mich nicht.“",
          ["Jonas Wenda|cue"] },
        // a spokesperson of "the company": the company named before; with none named, no one
        { "Rekord bei Autos\nDer Autohersteller Brenner Motors AG verkaufte mehr Autos denn je. „Wir bauen nicht aus“, sagte ein Sprecher des Unternehmens.",
          ["Brenner Motors AG|cue"] },
        { "Rekord bei Autos\nDer Absatz stieg um ein Drittel. „Wir bauen nicht aus“, sagte ein Sprecher des Unternehmens.",
          ["|cue"] },
        // an article and a noun that names no organisation: someone or something unnamed
        { "Unfall in München\nDer Student fuhr einen Radfahrer an. Vor Gericht sagte der Student: „Ich bin mir bewusst, dass das unentschuldbar ist.“",
          ["|none"] },
        // a German name known by its given name, without a role before it; namesakes kept apart by it
        { "Brief an die Regierung\nDer Brief wurde am Samstag veröffentlicht.\n\nJonas Khan, einer der Unterzeichner, verurteilte die Haltung der Regierung. „Wir sind enttäuscht von dieser Politik.“\n\nMarta Khan, eine Abgeordnete, verurteilte sie auch. „Das ist eine ungerechte Politik.“",
          ["Jonas Khan|continuation", "Marta Khan|continuation"] },
        // a role word that opens an organisation's name; "it" and "the report" are the organisation that spoke last
        { "Outlook cut\nThe deficit is the real problem, the General Conference on Shipping and Trade (GCST) said.\n\n\"It would not reduce the deficit,\" it said. \"The basic cause would remain,\" the report said.\n\n\"We cut jobs,\" General Harbour Works Corp said.",
          ["General Conference on Shipping and Trade|pronoun", "General Conference on Shipping and Trade|role", "General Harbour Works Corp|cue"] },
        // roles joined by a conjunction; two quotes of one sentence share the reporting words after the second;
        // a plural role ("told analysts Harwick") introduces no one, so "He" stays with the chairman
        { "Harwick sees higher sales\nHarwick Corp expects sales to be up \"sharply\" and profits to \"do well,\" chairman and president Dale Prewitt said.\n\nFinance chief Mona Reyes told analysts Harwick was disappointed.\n\nHe said it would \"materially benefit\" operations.",
          ["Dale Prewitt|cue", "Dale Prewitt|cue", "Dale Prewitt|pronoun"] },
        // an unnamed speaker runs on: "he" after "one analyst" is that analyst, not the last person named
        { "Takeover talk\n\"It is a good price,\" said analyst Dale Prewitt.\n\nOne analyst speculated an offer would come shortly.\n\n\"We are down to the final page,\" he said.",
          ["Dale Prewitt|cue", "|none"] },
        // a name before "and" and a word that opens no person's name is a company's, also where it stands alone later
        { "Distiller stake\nAllied holds half of distiller Hiram Tallow and Worts, chairman Derrick Holden said.\n\nAllied keeps control of Hiram Tallow's management. \"We cannot give up our control,\" he said.",
          ["Derrick Holden|pronoun"] },
        // "das Gericht" is the court named before, from the genitive with its place; an adverb opening the sentence is no subject
        { "Urteil verkündet\nIm Saal des Landgerichts Kassel fiel das Urteil. Unmissverständlich sagt das Gericht, es sei „nicht von der Unschuld überzeugt“.",
          ["Landgericht Kassel|role"] },
        // a name in apposition after a short aside: a body after a preposition, an acronym in parentheses
        { "Streit um Gesundheit\n„Es gibt keinen Grund“, sagte die gesundheitspolitische Sprecherin der Fraktion im Landtag, Anna Muster. „Wir bleiben dabei“, erklärte der Präsident der Nordischen Union (NU), Jan Beispiel.",
          ["Anna Muster|cue", "Jan Beispiel|cue"] },
        // a perfect tense after the quote: the subject between auxiliary and participle
        { "Doktortitel aberkannt\nDie Universität hat entschieden. Sie wisse, dass ihre Arbeit „nicht frei von Schwächen“ sei, hatte Anna Muster damals gesagt.",
          ["Anna Muster|cue"] },
        // a name in apposition to a described role is a person; "Er" after indirect speech is them
        { "Prozess begonnen\nDer frühere Präsident von Nordland, Karkan Udar, steht vor Gericht.\n\nKarkan Udar hatte vor Gericht erklärt, er sei unschuldig. Er sagte lediglich: „Ich bin der Präsident.“",
          ["Karkan Udar|pronoun"] },
        // a participle with its auxiliary earlier; a place after the subject; an article, a noun and an acronym
        { "Schulstreit\nDie Landesvorsitzende Karin Broszat hat behauptet, die Oberstufen kämen nur durch „Trickserei“ zustande. Der Fahrgastverband IGEB sprach von einer „Kapitulation“. Ein Sprecher in Berlin sagte, man habe nur „Einmannpackungen“ angeboten.",
          ["Karin Broszat|cue", "Fahrgastverband IGEB|cue", "|cue"] },
        // nouns for unnamed people name no one; "die Nachrichtenagentur" is the agency named before
        { "Proteste in Tibet\nDie Lage bleibt angespannt, berichtete Xinhua. Die Nachrichtenagentur nannte die Mönche „aggressiv“. „Wir sind besorgt“, sagten Datenschützer.",
          ["Xinhua|role", "|cue"] },
        // a passive verb of quoting: the one quoted is its subject; an adverb opening the frame is no subject
        { "Rakete abgestürzt\nDer Start der Rakete ist gescheitert. In der Meldung wird Firmenchef Otto Muster wie folgt zitiert: „Wir versuchen es wieder.“ Dabei griff er die Behörde an: „Das ist kein Fehler von uns.“",
          ["Otto Muster|cue", "Otto Muster|pronoun"] },
        // "nach Auffassung", "nach Aussagen" name a source; a genitive name back to the nominative
        { "Schule\nNach Auffassung des Fraktionschefs Otto Muster sei es „völlig untragbar“. Die Krankheit gilt nach Aussagen des Auswärtigen Amtes als „weltweit häufigste Infektion“.",
          ["Otto Muster|cue", "Auswärtige Amt|cue"] },
        // members speaking together for their organisation, spelled out where the article does
        { "Trade row\nThe Northern Trade Council (NTC) met on Monday. The NTC ministers said they \"deplore the continued imbalance\" in trade.",
          ["Northern Trade Council|cue"] },
        // a verb joined to an earlier one shares its subject; in German a subject right after a quote opens a new clause
        { "Fußball\nIn seiner Stellungnahme befand Trainer Otto Muster das Spiel als fair und nannte den Sieg „verdient“. Stürmer Jan Beispiel nannte seinen Platzverweis „überzogen“, Trainer Otto Muster bezeichnete die Karten als „übertrieben“.",
          ["Otto Muster|cue", "Jan Beispiel|cue", "Otto Muster|cue"] },
        // the subject after a reflexive verb in a frame: "zeigt sich der Bundestrainer zufrieden:"
        { "Handball\nDas Team von Bundestrainer Otto Muster dominierte das Spiel.\n\nIn der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine deutliche Steigerung gezeigt.“",
          ["Otto Muster|role"] },
        // the name as the aside between description and verb; a definite role no one has is the running speaker introduced by a role
        { "Flugzeug vermisst\nDer stellvertretende Direktor der Such- und Rettungsagentur, Bambang Suryo Aji, sagte, man habe Trümmer gefunden. „Die Position der Maschine wird vor der Küste vermutet“, so der stellvertretende Chef der Behörde.",
          ["Bambang Suryo Aji|role"] },
        // "mit diesen Worten" + verb + subject; "die Firma" frames for the company named before; "ließ … verlauten" and "ein IWF-Sprecher"
        { "Rückkehr\nDer Trainer Otto Muster kehrt zurück. „Guten Tag, ich bin wieder da“, mit diesen Worten meldete er sich zurück.\n\nDie Reisbestände gehören der Firma Euryza. Die Firma empfindet die Kritik als ungerecht: „Wir müssen die Ware ja irgendwo lagern.“ „Wir helfen dem Land“, ließ ein IWF-Sprecher verlauten.",
          ["Otto Muster|pronoun", "Euryza|role", "IWF|cue"] },
        // frames whose subject is someone unnamed, a group, or a person known by a given name alone
        { "Razzia\nDer Clan-Chef Kiril Raschkow wurde festgenommen.\n\nEin Hauptkommissar nach der Festnahme: „Raschkow ist dort, wo er hingehört.“ Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich.“ Paolo hatte den Auftrag mit den Worten abgelehnt: „Das mache ich nicht.“",
          ["|cue", "|none", "Paolo|cue"] },
        // within a paragraph, a sentence that opens with someone else ends the running speaker; reported speech does not
        { "Rücktritt\n„Ich trete zurück“, sagte Bischof Otto Muster. Sein Bruder Georg Muster war lange eingeweiht. „Mein Bruder wünscht sich Ruhe.“\n\n„Wir bleiben dabei“, sagte Anna Beispiel. Außerdem hätte der Sender Jan Kurz „die Gelegenheit gegeben, sich darzustellen“.",
          ["Otto Muster|cue", "Georg Muster|continuation", "Anna Beispiel|cue", "Anna Beispiel|continuation"] },
        // a single word in marks that the article also uses as a bare name is that name, not a quote
        { "Zyklon\nMeteorologen warnten, Hamish könnte so schlimm werden wie Zyklon Larry. Der Sprecher Jan Beispiel wies darauf hin, dass „Larry“ sich abgeschwächt habe. Er sagte: „Wir bleiben wachsam.“",
          ["Jan Beispiel|pronoun"] },
        // a verb of saying joined to a clause whose subject stands after its own verb; crowds chant with no one named
        { "Flug gestoppt\nAls ein Fluggast zu Hilfe eilte, biss der Passagier Jan Beispiel den Fluggast und rief: „Lasst mich raus!“ Die Menschenmenge skandierte Parolen wie „Die Regierung muss gehen!“",
          ["Jan Beispiel|cue", "|none"] },
        // places and times between subject and verb; a fragment after a title noun that opens lower-case; "er" after the verb
        { "VW-Gesetz\nWie Finanzminister Otto Muster am Dienstag in Hannover erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für den Kapitalverkehr“. Deren Haltung bezeichnete er als „zutiefst verlogen“.",
          ["Otto Muster|cue", "Otto Muster|pronoun"] },
        // "die Universität" is the fuller name that opens with it; a compound spokesperson of a company the article names in full
        { "Plagiat\nDie Universität Bayreuth prüft die Arbeit. Die Universität erklärte, es gebe „keinen Zweifel“. Der Sportwagenbauer Porsche AG widersprach. „Das bestätigt unsere Haltung“, sagte ein Porschesprecher.",
          ["Universität Bayreuth|role", "Porsche AG|cue"] },
        // "Der Sprecher" alone is the spokesperson met before, for the same organisation
        { "Brief an die Regierung\n„Wir prüfen den Brief“, sagte ein Sprecher der Downing Street. Man nehme die Sorgen ernst. Der Sprecher teilte mit, der Premier „steht bereit“.",
          ["Downing Street|cue", "Downing Street|role"] },
        // slogans of a group are no one person's, not even the person the paragraph is about
        { "Prozess begonnen\nDer frühere Präsident Karkan Udar steht vor Gericht. Einige Anhänger protestierten mit Transparenten, auf denen Sprüche wie „Nieder mit der Besatzung und der Regierung“ standen.",
          ["|none"] },
        // a pronoun opening its sentence refers to the described subject of the sentence before: its referent, or no one named
        { "Operation\nBundeskanzler Otto Muster kritisierte den Plan.\n\nDer Spieler Jan Beispiel wurde operiert. Der behandelnde Arzt hat sich optimistisch geäußert. Er sagte: „Durch die Operation hat er eine Chance.“\n\nDer Bundeskanzler nahm am Abend Stellung. Er bezeichnete diese als eine „souveräne Entscheidung“.",
          ["|none", "Otto Muster|pronoun"] },
        // a name before a description that no second comma closes
        { "Klimabericht\nDer Bericht wurde vorgestellt. Stephen Singer, ein Berater des Umweltverbands erklärte, der Bericht sei „ein grundlegendes Dokument“.",
          ["Stephen Singer|cue"] },
        // a role word after a given name is a surname
        { "Gericht\nDie Sitzung wurde vertagt. „Das ist gut“, sagte Anna Richter.",
          ["Anna Richter|cue"] },
        // with no cue and no running speaker, the person the paragraph is about
        { "Schule\nMinisterpräsident Otto Muster will die Lehrpläne straffen. „Nicht jede Formel ist für das Leben notwendig.“",
          ["Otto Muster|continuation"] },
        // an acronym the article defines stands for the full name: after the article, in a hyphenated document, after a representative
        { "Streit um Gebühren\nDer Bundesverband der Kleinen Theater (BKT) wehrt sich. Die Gebühren seien „nicht tragbar“, so der BKT. „Wir klagen“, heißt es dazu in einer Erklärung des BKT. Die Kosten seien „existenzbedrohend“, heißt es in dem BKT-Schreiben. Der Geschäftsführer des BKT nannte den Plan „fahrlässig“.",
          ["Bundesverband der Kleinen Theater|cue", "Bundesverband der Kleinen Theater|cue", "Bundesverband der Kleinen Theater|cue", "Bundesverband der Kleinen Theater|cue"] },
        // a person with a party in parentheses defines no acronym; a representative of no named body speaks for no one
        { "Debatte\nChristian Dürrwald (FDP) widersprach. Die Regel sei „überholt“, sagte der Sprecher der FDP. Der Vertreter der Umweltorganisation nannte sie „nötig“.",
          ["FDP|cue", "|none"] },
        // the agent of a passive said it, here a group; a plural verb makes "sie" a group too, not the woman named before
        { "Ausstellung\nMinisterin Karla Beispiel lobte die Schau als „großen Wurf“. Die Bilder werden von Kritikern als „Meilensteine der Malerei“ bezeichnet.\n\nDie Pilotin Anna Beispiel und ihre Kollegen legten die Arbeit nieder. „Wir streiken weiter“, sagten sie.",
          ["Karla Beispiel|cue", "|cue", "|none"] },
        // a publication in quotation marks after the verb is the speaker, not a quote
        { "Nachruf\nDer Maler Jan Beispiel ist tot. „Er war ein stiller Meister“, schrieb „Die Woche“ in einem Nachruf. „Ein Verlust für die Stadt“, schreibt die „Abendpost“.",
          ["Die Woche|cue", "Abendpost|cue"] },
        // "die Zeitung" is the newspaper named before; an organisation named with an adjective and an attachment is one
        { "Plagiat\nDie Kommission kam laut Westfälischer Zeitung zu einem Schluss. Der Autor habe „mit Absicht abgeschrieben“, wie die Zeitung schreibt. Das Auswärtige Amt der Bundesrepublik empfiehlt einen „konsequenten Mückenschutz“.",
          ["Westfälischer Zeitung|role", "Auswärtige Amt der Bundesrepublik|cue"] },
        // a pronoun prefers the subject to someone after a preposition; a name after a relative pronoun is still a name;
        // a feminine role outweighs a given name listed as male
        { "Auszeichnung\nDer Präsident, Dr. Erdoğan Teziç, gab den Orden zurück.\n\nIm Brief, den Teziç an Jacques Chirac geschickt hat, erklärt er: „Ich gebe ihn zurück.“\n\nDie Politikerin Ayaan Hirsi Ali erhielt den Preis. Die Laudatio hielt Alice Schwarzer. Ali sprach über den Dialog: „Ich begrüße ihn.“ Sie äußerte sich auch zum Islam: „Ich kritisiere diesen Irrglauben.“",
          ["Erdoğan Teziç|pronoun", "Ayaan Hirsi Ali|cue", "Ayaan Hirsi Ali|pronoun"] },
        // a name after the role's attachment with adjectives; a time phrase after the verb is no subject
        { "Explosion\nIn der Metro explodierte ein Sprengsatz. „Alles deutet auf einen Anschlag hin“, hieß es vom Abgeordneten des russischen Föderationsrates Viktor Oserin.\n\nDie Ministerin Lena Beispiel sprach von „großer Sorge“. „Wir handeln“, sagte dieser Tage die Ministerin.",
          ["Viktor Oserin|cue", "Lena Beispiel|cue", "Lena Beispiel|role"] },
        // the subject of a relative clause whose verb ends it; "zeigte sich" after a quote
        { "Arbeitsmarkt\nDamit wird die Marke unterschritten, die Gerhard Beispiel in seiner ersten Amtszeit (1998 bis 2002) zum Erfolgskriterium erklärt hatte: „Ich rechne damit, dass es uns gelingt.“\n\nDas Spiel endete 1:1. „Wir brauchen nur noch ein Unentschieden“, zeigte sich Milovan Muster, der Trainer Ghanas, zufrieden.",
          ["Gerhard Beispiel|cue", "Milovan Muster|cue"] },
        // a lower-case word is no role where nouns are capitalised ("oberster" is no "Oberst"), so group nouns stay unnamed
        { "Pässe\nDatenschützer äußerten Bedenken: „Das ist ein Wortbruch.“\n\nPeter Schaar, oberster Datenschützer in Deutschland, übte ebenfalls Kritik.",
          ["|cue"] },
        // "von" after a given name is part of the name
        { "Vertrag\nDen Vertrag begrüßte Kurt von Figura, Präsident der Universität, als „wesentlichen Schritt für die Hochschulen“.",
          ["Kurt von Figura|cue"] },
        // "ließ" reports speech only with "verlauten": the speaker is the one whose verb comes before
        { "Urteil\nAmtsrichterin Ute Muster fällte das Urteil. Verteidiger Wolf Beispiel hatte betont, der Angeklagte sei nicht „dissozial“, doch die Richterin ließ sich auf keinen Kompromiss ein.",
          ["Wolf Beispiel|cue"] },
        // two people named together speak together
        { "Austritt\nDie beiden Mitglieder Jan Beispiel und David Muster sagten: „Wir gehen.“\n\n„Wir haben lange genug gewartet und gehen jetzt.“",
          ["Jan Beispiel und David Muster|cue", "Jan Beispiel und David Muster|continuation"] },
        // a possessive and a noun for what was said: whose words they are
        { "Fehler\nDer Präsident Horst Beispiel sprach lange. Seiner Meinung nach sei das „ein großer Fehler“.\n\nDie Ministerin Eva Muster widersprach. Ihre Erklärung: „Das war richtig.“",
          ["Horst Beispiel|pronoun", "Eva Muster|pronoun"] },
        // the role of the speaker, not one in its attachment; an adverb opening the sentence is no subject; a role and a name in apposition
        { "Lage\nEin Vorspann steht hier.\n\nDer Streit dauert an. „Wir verhandeln weiter“, sagte Minister Sathit Wongnongtoey von der Kanzlei des Ministerpräsidenten.\n\nÄhnlich äußerte sich der US-Präsident Georg W. Busch: „Wir stehen zusammen.“\n\n„Die Lage ist ernst“, sagte der Oberkommandierende General der Streitkräfte im Irak, General Georg Kasey.",
          ["Sathit Wongnongtoey|cue", "Georg W. Busch|cue", "Georg Kasey|cue"] },
        // a body the article defines an acronym for is a name, with an article too; a newspaper in marks keeps the cue before the quote;
        // the company's name, not the word for it
        { "Urteil\nEin Vorspann steht hier.\n\nDer BGH entschied am Dienstag: „Die Klage ist unbegründet.“\n\n„Die Revision wird verworfen“, erklärte der Bundesgerichtshof (BGH) in Karlsruhe.\n\nJan Beispiel sagte der „Abendpost“: „Ich bleibe im Amt.“\n\n„Die Produktion läuft weiter“, sagte ein Sprecher des Unternehmens Bayer.",
          ["Bundesgerichtshof|cue", "Bundesgerichtshof|cue", "Jan Beispiel|cue", "Bayer|cue"] },
        // "der 54-Jährige" is the one the paragraph names, and no one from paragraphs before; "das Unternehmen" the company named
        { "Prozess\nEin Vorspann steht hier.\n\nDer Angeklagte Fritz Muster schwieg lange. „Ich habe mein Bestes gegeben“, erklärte der 54-Jährige.\n\nDas Gericht vertagte sich.\n\nDie Polizei fand den Wagen. „Ich war es nicht“, sagte der 58-Jährige.\n\nDer Autobauer Volkswagen reagierte. In einer Pressemitteilung erklärte das Unternehmen: „Wir prüfen alle Optionen.“",
          ["Fritz Muster|role", "|none", "Volkswagen|role"] },
        // "so" and a split verb; a document's owner in the genitive, in the nominative
        { "Spiel\nEin Vorspann steht hier.\n\nSPD-Fraktionschef Rolf Kunz nannte den Plan „unausgegoren“.\n\n„Wir haben verdient gewonnen“ – so fasste Trainer Otto Lang das Spiel zusammen.\n\n„Die Kosten sind zu hoch“, heißt es in dem Bericht des Rechnungshofs.",
          ["Rolf Kunz|cue", "Otto Lang|cue", "Rechnungshof|cue"] },
        // someone's spokesperson is someone else; one of a group is no one named; a name that opens with a capitalised article
        { "Reise\nEin Vorspann steht hier.\n\nRegierungssprecher Steffen Kern sprach. Außenminister Frank Mahler reiste ab. „Wir sind enttäuscht“, ergänzte sein Sprecher.\n\n„Es war ein Erfolg“, sagte einer der Organisatoren.\n\n„Wir bleiben in der Opposition“, sagte der Vorsitzende der Partei Die Linke, Gregor Sand.",
          ["|cue", "|cue", "Gregor Sand|cue"] },
        // English: one of a group; a statement from a named body
        { "Markets rally\nThe fair opened on Monday.\n\n\"It is a mess,\" said one of the organizers, who asked not to be named.\n\nAccording to a statement from the Federal Reserve Bank of Boston, rates will stay \"lower for longer.\"",
          ["|cue", "Federal Reserve Bank of Boston|cue"] },
        // roles refer back by party, compound and synonym; the article gives an age noun its gender
        { "Streit\nEin Vorspann steht hier, ohne Zitat.\n\nBundesinnenminister Horst Seel (CSU) stellte das Gesetz vor. „Wir schützen die Grenzen“, sagte der CSU-Politiker.\n\n„Wir handeln jetzt“, erklärte der Innenminister am Abend.\n\nKanzler Olaf Schulte und Oppositionsführer Friedrich Merzig stritten. „Das ist falsch“, sagte der Oppositionsführer. Der Kanzler entgegnete: „Das ist richtig.“\n\nDie Grünen-Chefin Ricarda Lang kritisierte beide. „Das ist Theater“, sagte die 29-Jährige.",
          ["Horst Seel|role", "Horst Seel|role", "Friedrich Merzig|role", "Olaf Schulte|role", "Ricarda Lang|role"] },
        // a noun for a kind of body refers back to the name it introduced, not to itself
        { "Gewalt\nEin Vorspann steht hier, ohne Zitat.\n\nDie Menschenrechtsorganisation Amnesty International verurteilte das Vorgehen. Die Organisation sprach von „schockierenden Szenen der Gewalt“.\n\nDer Sender Deutsche Welle berichtete darüber. „Die Lage ist unklar“, meldete der Sender.",
          ["Amnesty International|role", "Deutsche Welle|role"] },
        // a pronoun refers to the subject before the object
        { "Treffen\nEin Vorspann steht hier, ohne Zitat.\n\nInnenminister Karl Graf traf am Montag den Präsidenten Hans Wolf. Er sagte: „Wir arbeiten eng zusammen.“",
          ["Karl Graf|pronoun"] },
        // English: an age noun refers back as a pronoun does
        { "Senate vote\nSenate Majority Leader Mitch Connor met with Speaker Nancy Pell on Tuesday.\n\n\"We will vote on Friday,\" Pell said. \"This is a disaster,\" the 82-year-old said.",
          ["Nancy Pell|cue", "Nancy Pell|role"] },
        // a role the article makes plural introduces no one: "die Ermittler Hinweise" is no person
        { "Familiendrama\nEin Vorspann steht hier, ohne Zitat.\n\nVon der Mutter erhoffen sich die Ermittler Hinweise auf das Motiv. „Ich wollte weg aus diesem Leben“, sagte der 58-Jährige.",
          ["|none"] },
        // a surname written without its joined particle is the same person: Gaddafi, al-Gaddafi
        { "Libyen\nEin Vorspann steht hier, ohne Zitat.\n\nDer libysche Machthaber Muammar al-Gaddafi sprach im Fernsehen. „Wir kämpfen bis zum Ende“, sagte Gaddafi.",
          ["Muammar al-Gaddafi|cue"] },
        // the name in apposition keeps its party in parentheses, and the speaker is the one named right before the verb
        { "Schulstreit\nEin Vorspann steht hier, ohne Zitat.\n\nMinisterin Hanna Kolbe wies das zurück, die finanzpolitische Sprecherin der Fraktion, Marta Wendel (GRÜNE), erklärte: „Neid schadet allen.“",
          ["Marta Wendel|cue"] },
        // "gab" says nothing without its particle or a noun for what was said: the verb before the aside is the cue
        { "Fußball\nEin Vorspann steht hier, ohne Zitat.\n\nTrainer Jonas Lemberg bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.",
          ["Jonas Lemberg|cue"] },
        { "Preis\nEin Vorspann steht hier, ohne Zitat.\n\nAm Abend gab Regierungssprecher Robert Gebbs dem Sender eine Stellungnahme, die aus einem Wort bestand: „Wow.“",
          ["Robert Gebbs|cue"] },
        // a split verb with its particle after the subject, and "so X weiter:" before the quote
        { "Korruption\nEin Vorspann steht hier, ohne Zitat.\n\nDie Firma führte den Markt an. Zu dem Skandal führte Ole Dammers aus, dass solche Zahlungen „damals üblich“ gewesen seien. Auch das habe Methode, so Dammers weiter: „Die Spitze weiß von nichts.“",
          ["Ole Dammers|cue", "Ole Dammers|cue"] },
        // a name with its description after it, and a role acronym in the apposition
        { "Raumfahrt\nEin Vorspann steht hier, ohne Zitat.\n\nDie Kernaussage von Jerry Larsen, dem Präsidenten von UP Orbital, lautete: „Wir wären sehr überrascht.“ Edmon Chang, CEO von DotAsia, sagte: „Wir haben mehrere Anmeldungen.“",
          ["Jerry Larsen|cue", "Edmon Chang|cue"] },
        // a joined split verb in a subordinate clause, its subject before a long relative clause and an adverb
        { "Prozess\nEin Vorspann steht hier, ohne Zitat.\n\nWie Norman Peach, der als Begleitung des Rechtsanwalts Eberhard Schulte im August zur Prozessbeobachtung anwesend war, dazu feststellt, verlangt „der Tatbestand das Mitwissen des Abschusses“.",
          ["Norman Peach|cue"] },
        // "so" and its speaker as an inserted clause make the running speaker for the quote after
        { "Kritik\nEin Vorspann steht hier, ohne Zitat.\n\nDoch sei es, so der Schriftsteller Musa Okwenga in einem Blog, ein Haufen mächtiger Leute gewesen, der Jonny Kiny gewähren lassen habe. Deshalb müsse „die Politik des Präsidenten zentraler Bestandteil der Lösung sein“.",
          ["Musa Okwenga|continuation"] },
        // a bare noun after "laut" is the compound named before, as with its article
        { "Prozess\nEin Vorspann steht hier, ohne Zitat.\n\nDas Landgericht Kassel sprach den Angeklagten frei. Laut Gericht hatte er „manipulative Fähigkeiten“.",
          ["Landgericht Kassel|role"] },
        // "heißt es" with its source opening the sentence; a genitive "Komitees" is Komitee; a document names no speaker of its own
        { "Nobelpreis\nEin Vorspann steht hier, ohne Zitat.\n\nIn der Ankündigung des Sekretärs des Nobelkomitees heißt es, der Preis gehe an Herta Möller, „die mittels Verdichtung der Poesie Landschaften zeichnet“. In dem Antrag heißt es wörtlich: „Die Aufhebung ist überfällig.“",
          ["Nobelkomitee|cue", "|none"] },
        // the judges speak as their court
        { "Urteil\nEin Vorspann steht hier, ohne Zitat.\n\nDas Bundesverwaltungsgericht hat am Mittwoch geurteilt. Die Richter äußerten „gravierende rechtliche Bedenken“.",
          ["Bundesverwaltungsgericht|role"] },
        // a role with a name's genitive after it is someone else's: Lahners is Philipp Lahner's doctor, unnamed
        { "Verletzung\nEin Vorspann steht hier, ohne Zitat.\n\nDer Spieler Philipp Lahner wurde operiert. Der behandelnde Arzt Lahners äußerte sich optimistisch. Er sagte: „Er hat eine Chance.“",
          ["|none"] },
        // "Folgendes" is what is said, not who says it
        { "Lebenslauf\nEin Vorspann steht hier, ohne Zitat.\n\nDie Abgeordnete Petra Hinzmann trat zurück. Auf ihrer Homepage lässt sie dort Folgendes zu ihrer Person erklären: „Ich habe Fehler gemacht.“",
          ["Petra Hinzmann|continuation"] },
        // the name in apposition after a role, with a lower-case word after it
        { "Irak\nEin Vorspann steht hier, ohne Zitat.\n\n„Die Gewalt bleibt hoch“, sagte der Kommandeur der Truppen im Irak, General Georg Kasey heute in Bagdad. Als „verpasste Chance“ beurteilte der Geschäftsführer der Fraktion, Volker Beckmann das Pontifikat.",
          ["Georg Kasey|cue", "Volker Beckmann|cue"] },
        // "dieser" alone is a pronoun; before its noun it is a determiner
        { "Delmano\nEin Vorspann steht hier, ohne Zitat.\n\nIn einem Interview mit dem Anwalt seiner Familie – Rainer Wittmann – sagte dieser, dass Delmano bereits in „seiner eigenen Welt“ lebe. „Wir bleiben dabei“, sagte dieser Tage die Ministerin Anna Muster.",
          ["Rainer Wittmann|pronoun", "Anna Muster|cue"] },
        // a pronoun before the quote refers back from where it stands, not from the quote: Delmano is named in between
        { "Delmano\nEin Vorspann steht hier, ohne Zitat.\n\nFred Delmano leidet an Alzheimer. In einem Interview mit dem Anwalt seiner Familie – Rainer Wittmann – sagte dieser, dass Delmano bereits in „seiner eigenen Welt“ lebe.",
          ["Rainer Wittmann|pronoun"] },
        { "Sanktionen\nEin Vorspann steht hier, ohne Zitat.\n\nDie Souveränität von Libyen wurde betont. Der Vertreter Libyens nannte das Vorgehen ein „faschistisches Regime“.",
          ["|none"] },
        // a frame without reporting words does not take a quote from the reporting verb earlier in its sentence
        { "Terror\nEin Vorspann steht hier, ohne Zitat.\n\nHamid Karsen sagte am Sonntag, das Land sei ein „Opfer des Terrorismus“ und Baitullah Mehmud sollte wissen, „dass wir jetzt hinter ihm her sind.“",
          ["Hamid Karsen|cue", "Hamid Karsen|continuation"] },
        // a compound that opens in lower case is a noun; its first part is the organisation
        { "Documenta\nEin Vorspann steht hier, ohne Zitat.\n\nAuf der documenta-Homepage heißt es zur Begründung: „Die Zählstriche wurden gewählt.“",
          ["documenta|cue"] },
        // adverbs between subject and verb in a subordinate clause; "ließ" without its particle after the second quote is no cue
        { "Prozess\nEin Vorspann steht hier, ohne Zitat.\n\nZwar würde sie eine Bewährung zubilligen, zumal Verteidiger Jonas Ebbert immer wieder betont hatte, der Angeklagte sei weder „dissozial“, „noch hätte er sich jemals etwas zu schulden kommen lassen“, doch die Richterin ließ sich auf keinen Kompromiss ein.",
          ["Jonas Ebbert|cue", "Jonas Ebbert|continuation"] },
        // the perfect tense with a time between auxiliary and participle
        { "Vertrauensfrage\nEin Vorspann steht hier, ohne Zitat.\n\nDer Regierungssprecher Béla Anders hatte am Mittwoch erklärt, für den Kanzler sei entscheidend, „ob er vom Vertrauen ausgehen kann“.",
          ["Béla Anders|cue"] },
        // the passive agent is the last "von" before the quote; a lower-case word after a preposition is no verb of a frame
        { "Waldbrand\nEin Vorspann steht hier, ohne Zitat.\n\nInsbesondere in weiten Teilen Norddeutschlands wird die Gefahr von Waldbränden vom Wetterdienst Nord als „sehr hoch“ eingestuft.",
          ["Wetterdienst Nord|cue"] },
        // a role in the dative plural introduces no one: "von den Ermittlern Demjan" is no Ermittler Demjan
        { "Prozess\nEin Vorspann steht hier, ohne Zitat.\n\nEin Dienstausweis wurde von den Ermittlern Demjan zugeordnet. Der Ermittler will seine Arbeit beenden: „Was Größeres als Demjan kommt nicht nach!“",
          ["|none"] },
        // a plural past form is a reporting verb too, and "die Organisation" is the organisation that spoke last
        { "Proteste\nEin Vorspann steht hier, ohne Zitat.\n\nAuch Vertreter von Amnesty International verurteilten das Vorgehen. Die Organisation sprach von „schockierenden Szenen der Gewalt“.",
          ["Amnesty International|role"] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_speaker_is_found_the_way_a_reader_finds_it(string text, string[] expected)
    {
        var article = Parse.Text(text + "\n");
        Assert.Equal(expected, article.Quotes.Select(q => $"{q.Speaker}|{q.Attribution}"));
    }

    [Fact]
    public void Speakers_are_found_as_well_after_thousands_of_paragraphs()
    {
        var filler = string.Concat(Enumerable.Range(0, 5000).Select(i => $"Anna Beispiel sagte am Tag {i}: „Alles bleibt, wie es ist.“\n\n"));
        var article = Parse.Text("Lange Chronik\n" + filler + "Der Minister Peter Muster kam spät. Er sagte: „Damit ist die Sache beendet.“\n");
        Assert.Equal(5001, article.Quotes.Count);
        Assert.Equal("Peter Muster|pronoun", $"{article.Quotes[^1].Speaker}|{article.Quotes[^1].Attribution}");
    }

    [Fact]
    public void A_participle_with_ge_is_the_cue_of_the_perfect_tense()
    {
        var article = Parse.Text("Haushalt\nEin Vorspann steht hier, ohne Zitat.\n\nDie Ministerin Hanna Kolbe hatte zuvor eine „schnelle Lösung“ gefordert.\n");
        Assert.Equal("Hanna Kolbe|gefordert", $"{article.Quotes.Single().Speaker}|{article.Quotes.Single().Cue}");
    }

    [Fact]
    public void Partial_quotes_are_fragments_inside_the_writers_sentence()
    {
        var article = Parse.Text("Telefonat mit Putin\nUS-Präsident Donald Trump schrieb, er habe ein „langes und sehr produktives“ Telefonat geführt. „Wir werden sehen“, sagte Trump.\n");
        Assert.Equal([true, false], article.Quotes.Select(q => q.Partial));
        Assert.All(article.Quotes, q => Assert.Equal("Donald Trump", q.Speaker));
    }
}
