package org.gsi.screening.internal.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.gsi.screening.internal.lists.EntryType;

/**
 * Candidate retrieval: a Lucene index with one document per listed name, keyed by the canonical words of the name
 * ({@code t…}), their consonant keys ({@code s…}) and adjacent words written together. An asked name looks up its
 * own keys (BM25, so rare words weigh more), the best {@value #NAMES} names are grouped by entry, and only those
 * entries are scored ({@link Scoring}): no query reads every entry. Built from the stored lists, so it can always be
 * built again.
 */
public final class CandidateIndex implements Closeable {

    static final int NAMES = 64;
    private static final String KEY = "k";
    private static final String LIST = "list";
    private static final String TYPE = "type";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NameNormalizer normalizer;
    private final Scoring scoring = new Scoring();

    private CandidateIndex(DirectoryReader reader, NameNormalizer normalizer) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.normalizer = normalizer;
    }

    /** Writes the entries into {@code directory} (replacing what it held) and opens the index. */
    public static CandidateIndex build(Directory directory, Iterable<IndexedEntry> entries, NameNormalizer normalizer) {
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndexedEntry e : entries) {
                add(writer, e, normalizer);
            }
            writer.commit();
            return new CandidateIndex(DirectoryReader.open(directory), normalizer);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Opens an index written before by {@link #build}. */
    public static CandidateIndex open(Directory directory, NameNormalizer normalizer) {
        try {
            return new CandidateIndex(DirectoryReader.open(directory), normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(IndexWriter writer, IndexedEntry e, NameNormalizer normalizer) throws IOException {
        boolean organisation = e.type() == EntryType.ORGANISATION;
        String facts = FactsCodec.encode(e.facts());
        String entryKey = e.list() + '\u001f' + e.reference();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : e.names()) {
            if (!seen.add(name)) {
                continue;
            }
            NormalizedName n = normalizer.normalize(name, organisation);
            if (n.isEmpty()) {
                continue;
            }
            Document doc = new Document();
            for (String key : keys(n)) {
                doc.add(new StringField(KEY, key, Field.Store.NO));
            }
            doc.add(new StringField(LIST, e.list(), Field.Store.NO));
            doc.add(new StringField(TYPE, e.type().name(), Field.Store.NO));
            doc.add(new StoredField("e", entryKey));
            doc.add(new StoredField(
                    "p", e.name() + '\u001f' + e.regime() + '\u001f' + e.type().name()));
            doc.add(new StoredField("n", name));
            doc.add(new StoredField("z", n.encode()));
            doc.add(new StoredField("f", facts));
            writer.addDocument(doc);
        }
    }

    /** The lookup keys of a name: its words, their consonant keys, adjacent words together, words without al-. */
    static Set<String> keys(NormalizedName n) {
        Set<String> keys = new LinkedHashSet<>();
        List<NameToken> t = n.tokens();
        for (int i = 0; i < t.size(); i++) {
            NameToken w = t.get(i);
            if (w.kind() == NameToken.Kind.PARTICLE || w.initial()) {
                continue;
            }
            keys.add("t" + w.text());
            if (w.skeleton().length() >= 2) {
                keys.add("s" + w.skeleton());
            }
            if (w.text().length() >= 6 && (w.text().startsWith("al") || w.text().startsWith("el"))) {
                keys.add("t" + w.text().substring(2));
            }
            if (i + 1 < t.size() && !t.get(i + 1).initial() && t.get(i + 1).kind() != NameToken.Kind.PARTICLE) {
                keys.add("t" + w.text() + t.get(i + 1).text());
            }
        }
        return keys;
    }

    /**
     * The entries of the given lists (and type, when asked) best matching the query, best first, at most
     * {@code limit}, each with its score and explanation; entries scoring below {@code floor} are left out.
     */
    public List<Candidate> search(ScreeningQuery query, Collection<String> lists, int limit, double floor) {
        if (lists.isEmpty() || query.normalized().isEmpty()) {
            return List.of();
        }
        Set<String> keys = keys(query.normalized());
        if (keys.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        int clauses = 0;
        for (String key : keys) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount() - 2) {
                break;
            }
            names.add(new TermQuery(new Term(KEY, key)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(names.build(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(LIST, lists.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        query.type().ifPresent(type -> q.add(new TermQuery(new Term(TYPE, type.name())), BooleanClause.Occur.FILTER));
        try {
            TopDocs top = searcher.search(q.build(), NAMES);
            return score(query, top, limit, floor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Candidate> score(ScreeningQuery query, TopDocs top, int limit, double floor) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, List<NormalizedName>> namesOf = new LinkedHashMap<>();
        Map<String, Document> first = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String entry = d.get("e");
            first.putIfAbsent(entry, d);
            namesOf.computeIfAbsent(entry, k -> new ArrayList<>()).add(NormalizedName.decode(d.get("n"), d.get("z")));
        }
        List<Candidate> out = new ArrayList<>(namesOf.size());
        for (Map.Entry<String, List<NormalizedName>> e : namesOf.entrySet()) {
            Document d = first.get(e.getKey());
            String[] key = d.get("e").split("\u001f", 2);
            String[] primary = d.get("p").split("\u001f", -1);
            EntryFacts facts = FactsCodec.decode(EntryType.valueOf(primary[2]), d.get("f"));
            MatchResult result = scoring.score(query, e.getValue(), facts);
            if (result.score() >= floor) {
                out.add(new Candidate(key[0], key[1], facts.type(), primary[0], primary[1], result));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::reference));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    /** The number of names indexed. */
    public int names() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
