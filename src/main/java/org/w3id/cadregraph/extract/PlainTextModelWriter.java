package org.w3id.cadregraph.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.GISModelWriter;
import opennlp.tools.ml.maxent.io.QNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * Writes a maxent model (GIS or L-BFGS) one value a line, the layout OpenNLP's {@code PlainTextFileDataReader} reads,
 * so that the feature names and their weights can be read and diffed in the repository. (OpenNLP 2.x writes these
 * models in binary only.)
 */
public final class PlainTextModelWriter {
    private PlainTextModelWriter() {}

    public static void write(AbstractModel model, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (model instanceof QNModel) {
                new QNModelWriter(model) {
                    @Override
                    public void writeUTF(String s) throws IOException {
                        line(out, s);
                    }

                    @Override
                    public void writeInt(int i) throws IOException {
                        line(out, Integer.toString(i));
                    }

                    @Override
                    public void writeDouble(double d) throws IOException {
                        line(out, Double.toString(d));
                    }

                    @Override
                    public void close() {
                        // the caller closes the file
                    }
                }.persist();
            } else if (model instanceof GISModel) {
                new GISModelWriter(model) {
                    @Override
                    public void writeUTF(String s) throws IOException {
                        line(out, s);
                    }

                    @Override
                    public void writeInt(int i) throws IOException {
                        line(out, Integer.toString(i));
                    }

                    @Override
                    public void writeDouble(double d) throws IOException {
                        line(out, Double.toString(d));
                    }

                    @Override
                    public void close() {
                        // the caller closes the file
                    }
                }.persist();
            } else {
                throw new IllegalArgumentException("not a maxent model: " + model.getClass().getSimpleName());
            }
        }
    }

    private static void line(BufferedWriter out, String s) throws IOException {
        out.write(s);
        out.newLine();
    }
}
