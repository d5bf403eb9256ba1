package org.gsi.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts a TopoJSON topology (quantised, delta-encoded arcs shared between shapes) into GeoJSON features, so
 * the map can be drawn by any GeoJSON client. Works on the parsed JSON tree (maps and lists).
 */
final class TopoJson {

    private final List<List<double[]>> arcs;

    @SuppressWarnings("unchecked")
    private TopoJson(Map<String, Object> topology) {
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        Object transform = topology.get("transform");
        if (transform instanceof Map<?, ?> t) {
            scale = numbers((List<Object>) t.get("scale"));
            translate = numbers((List<Object>) t.get("translate"));
        }
        this.arcs = new ArrayList<>();
        for (Object arc : (List<Object>) topology.get("arcs")) {
            arcs.add(decodeArc((List<Object>) arc, scale, translate, transform != null));
        }
    }

    /** The GeoJSON FeatureCollection of the named object of the topology (e.g. {@code countries}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> toFeatureCollection(Map<String, Object> topology, String objectName) {
        TopoJson topo = new TopoJson(topology);
        Map<String, Object> collection =
                (Map<String, Object>) ((Map<String, Object>) topology.get("objects")).get(objectName);
        List<Object> features = new ArrayList<>();
        for (Object g : (List<Object>) collection.get("geometries")) {
            Map<String, Object> geometry = (Map<String, Object>) g;
            Map<String, Object> feature = new java.util.LinkedHashMap<>();
            feature.put("type", "Feature");
            if (geometry.get("id") != null) {
                feature.put("id", String.valueOf(geometry.get("id")));
            }
            feature.put("properties", geometry.getOrDefault("properties", Map.of()));
            feature.put("geometry", topo.geometry(geometry));
            features.add(feature);
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    @SuppressWarnings("unchecked")
    private Object geometry(Map<String, Object> g) {
        String type = (String) g.get("type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "Polygon" -> Map.of("type", type, "coordinates", polygon((List<Object>) g.get("arcs")));
            case "MultiPolygon" -> {
                List<Object> polygons = new ArrayList<>();
                for (Object p : (List<Object>) g.get("arcs")) {
                    polygons.add(polygon((List<Object>) p));
                }
                yield Map.of("type", type, "coordinates", polygons);
            }
            default -> null;
        };
    }

    private List<Object> polygon(List<Object> rings) {
        List<Object> out = new ArrayList<>();
        for (Object ring : rings) {
            out.add(ring(ring));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<double[]> ring(Object ringArcs) {
        List<double[]> points = new ArrayList<>();
        for (Object a : (List<Object>) ringArcs) {
            int index = ((Number) a).intValue();
            List<double[]> arc = index >= 0 ? arcs.get(index) : reversed(arcs.get(~index));
            int start = points.isEmpty() ? 0 : 1;
            for (int i = start; i < arc.size(); i++) {
                points.add(arc.get(i));
            }
        }
        return unwrapLongitudes(points);
    }

    /**
     * Makes longitudes continuous along a ring: a step of more than 180° is a crossing of the antimeridian, not
     * a line around the world, so the following points are shifted by 360°.
     */
    static List<double[]> unwrapLongitudes(List<double[]> ring) {
        List<double[]> out = new ArrayList<>(ring.size());
        double shift = 0;
        double previous = Double.NaN;
        for (double[] p : ring) {
            if (!Double.isNaN(previous)) {
                double step = p[0] - previous;
                if (step > 180) {
                    shift -= 360;
                } else if (step < -180) {
                    shift += 360;
                }
            }
            previous = p[0];
            out.add(shift == 0 ? p : new double[] {p[0] + shift, p[1]});
        }
        return out;
    }

    private static List<double[]> reversed(List<double[]> arc) {
        List<double[]> r = new ArrayList<>(arc);
        java.util.Collections.reverse(r);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<double[]> decodeArc(List<Object> arc, double[] scale, double[] translate, boolean quantised) {
        List<double[]> points = new ArrayList<>(arc.size());
        double x = 0;
        double y = 0;
        for (Object p : arc) {
            List<Object> pos = (List<Object>) p;
            double px = ((Number) pos.get(0)).doubleValue();
            double py = ((Number) pos.get(1)).doubleValue();
            if (quantised) {
                x += px;
                y += py;
                points.add(new double[] {round(x * scale[0] + translate[0]), round(y * scale[1] + translate[1])});
            } else {
                points.add(new double[] {px, py});
            }
        }
        return points;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private static double[] numbers(List<Object> list) {
        return new double[] {((Number) list.get(0)).doubleValue(), ((Number) list.get(1)).doubleValue()};
    }
}
