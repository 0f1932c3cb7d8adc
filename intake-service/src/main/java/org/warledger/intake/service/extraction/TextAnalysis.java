package org.warledger.intake.service.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Paragraphs, sentences, tokens and parts of speech of an English text, with Apache OpenNLP's Universal Dependencies
 * models. A paragraph is a line of the text: headlines and list items end a sentence even without a full stop. The
 * tokenizer's tokens are refined where the model is inconsistent with figures: a currency symbol ("£1", "$"), a scale
 * suffix ("40bn", "1.2m") and a possessive ("Russia’s") become tokens of their own. Models are loaded once and shared;
 * the taggers over them are made per call, since OpenNLP's taggers are not thread-safe.
 */
public final class TextAnalysis {

    private static final SentenceModel SENTENCES = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    private static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    private static final POSModel TAGS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    private static final Pattern CURRENCY_PREFIX = Pattern.compile("([$£€])(.+)");
    private static final Pattern SCALE_SUFFIX = Pattern.compile("(\\d[\\d,.]*)(bn|mn|m|k|b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)(['’]s)", Pattern.CASE_INSENSITIVE);

    /** The longest piece of text read as one sentence. */
    static final int MAX_SENTENCE = 1_000;

    private TextAnalysis() {
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP model " + resource + " could not be read", e);
        }
    }

    /** The sentences of {@code text}, in order, each with its tagged tokens. */
    public static List<Sentence> sentences(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(SENTENCES);
        TokenizerME tokenizer = new TokenizerME(TOKENS);
        POSTaggerME tagger = new POSTaggerME(TAGS);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    for (int[] piece : pieces(text, lineStart + span.getStart(), lineStart + span.getEnd())) {
                        List<Token> tokens = tokens(text, piece[0], piece[1], tokenizer, tagger);
                        if (!tokens.isEmpty()) {
                            sentences.add(new Sentence(text, piece[0], piece[1], tokens, paragraph));
                        }
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * A sentence longer than {@link #MAX_SENTENCE} characters (a run-on list, a page without full stops) in pieces of
     * at most that length, cut after a semicolon, else a comma, else a space: the rules look only within a sentence, so
     * the cost of an article stays proportional to its length.
     */
    static List<int[]> pieces(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        while (end - start > MAX_SENTENCE) {
            int limit = start + MAX_SENTENCE;
            int cut = cutBefore(text, start, limit, ';');
            if (cut < 0) {
                cut = cutBefore(text, start, limit, ',');
            }
            if (cut < 0) {
                cut = cutBefore(text, start, limit, ' ');
            }
            if (cut < 0) {
                cut = limit;
            }
            pieces.add(new int[] { start, cut });
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            pieces.add(new int[] { start, end });
        }
        return pieces;
    }

    private static int cutBefore(String text, int start, int limit, char mark) {
        int at = text.lastIndexOf(mark, limit - 1);
        return at > start + MAX_SENTENCE / 4 ? at + 1 : -1;
    }

    private static List<Token> tokens(String text, int start, int end, TokenizerME tokenizer, POSTaggerME tagger) {
        String sentence = text.substring(start, end);
        List<int[]> pieces = new ArrayList<>();
        for (Span span : tokenizer.tokenizePos(sentence)) {
            refine(sentence, span.getStart(), span.getEnd(), pieces);
        }
        String[] words = new String[pieces.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(pieces.get(i)[0], pieces.get(i)[1]);
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], start + pieces.get(i)[0], start + pieces.get(i)[1], tags[i]));
        }
        return tokens;
    }

    /** Splits a currency symbol, a scale suffix and a possessive off a token. */
    private static void refine(String sentence, int start, int end, List<int[]> pieces) {
        String word = sentence.substring(start, end);
        Matcher currency = CURRENCY_PREFIX.matcher(word);
        if (currency.matches()) {
            pieces.add(new int[] { start, start + 1 });
            refine(sentence, start + 1, end, pieces);
            return;
        }
        Matcher scale = SCALE_SUFFIX.matcher(word);
        if (scale.matches()) {
            int split = start + scale.group(1).length();
            pieces.add(new int[] { start, split });
            pieces.add(new int[] { split, end });
            return;
        }
        Matcher possessive = POSSESSIVE.matcher(word);
        if (possessive.matches() && word.length() > 2) {
            int split = start + possessive.group(1).length();
            pieces.add(new int[] { start, split });
            pieces.add(new int[] { split, end });
            return;
        }
        pieces.add(new int[] { start, end });
    }
}
