package org.gongkai.portal.redaction;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks one page's content stream with PDFBox's graphics state and decides, per operator (counted in
 * the order {@link org.apache.pdfbox.pdfparser.PDFStreamParser} yields them), what replaces it so that
 * nothing inside the marks survives: text operators become {@code TJ} arrays without the marked glyphs
 * (a number in place of each removed glyph keeps the following glyphs where they were), images drawn
 * over a mark become new images with those pixels black, paths painted over a mark are ended without
 * painting ({@code n}). Whatever cannot be cut safely (form XObjects, inline images and stencil masks over
 * a mark, Type3 or vertical fonts, clipping text, shadings) sets {@link #rasterise()} instead.
 */
class PageCutter extends PDFGraphicsStreamEngine {

	/** A glyph counts as marked when this share of its width and height lies in a mark, or its centre does. */
	private static final float OVERLAP = 0.25f;

	/** Areas in the page's user space: {x0, y0, x1, y1}. */
	private final List<float[]> areas;

	private final PDDocument target;

	/** The replacement tokens (operands and operators) per operator index. */
	private final Map<Integer, List<Object>> replacements = new HashMap<>();

	private final Map<COSName, PDImageXObject> newImages = new HashMap<>();

	private String rasteriseBecause;

	private int operatorIndex = -1;

	private Operator operator;

	/** Above 0 while PDFBox runs operators on behalf of the current one. */
	private int nesting;

	/** The strings shown by the current text operator, in order. */
	private List<Shown> shown = new ArrayList<>();

	private float[] path;

	private int imageCount;

	/** A string of a text operator: its bytes and its glyphs. */
	private record Shown(byte[] bytes, List<int[]> codeRanges, List<Glyph> glyphs) {
	}

	/** A glyph: whether it is cut and the TJ number that replaces its advance. */
	private record Glyph(boolean cut, float adjustment) {
	}

	PageCutter(PDPage page, List<float[]> areas, PDDocument target) {
		super(page);
		this.areas = areas;
		this.target = target;
	}

	/** Runs over the page; afterwards {@link #replacements()} and {@link #rasterise()} tell the result. */
	void cut() throws IOException {
		processPage(getPage());
	}

	Map<Integer, List<Object>> replacements() {
		return replacements;
	}

	/** Why the page must be rasterised instead, or null if it was cut. */
	String rasterise() {
		return rasteriseBecause;
	}

	private void rasterise(String because) {
		if (rasteriseBecause == null) {
			rasteriseBecause = because;
		}
	}

	/**
	 * Counts the operators of the content stream; those that PDFBox runs on behalf of another ({@code '}
	 * runs {@code T*} and {@code Tj}, {@code "} also {@code Tw} and {@code Tc}) belong to that one.
	 */
	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (nesting > 0) {
			super.processOperator(operator, operands);
			return;
		}
		operatorIndex++;
		this.operator = operator;
		this.shown = new ArrayList<>();
		nesting++;
		try {
			super.processOperator(operator, operands);
		}
		finally {
			nesting--;
		}
		String name = operator.getName();
		if (name.equals("Tj") || name.equals("TJ") || name.equals("'") || name.equals("\"")) {
			replaceText(name, operands);
		}
	}

	// ---- text

	@Override
	protected void showText(byte[] string) throws IOException {
		PDFont font = getGraphicsState().getTextState().getFont();
		var ranges = new ArrayList<int[]>();
		if (font != null) {
			var in = new ByteArrayInputStream(string);
			while (in.available() > 0) {
				int before = string.length - in.available();
				font.readCode(in);
				ranges.add(new int[] { before, string.length - in.available() });
			}
		}
		shown.add(new Shown(string, ranges, new ArrayList<>()));
		super.showText(string);
	}

	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
		var state = getGraphicsState().getTextState();
		var box = glyphBox(textRenderingMatrix, font, displacement);
		boolean cut = marked(box);
		if (font instanceof PDType3Font) {
			rasterise("Type3 font");
		}
		if (cut) {
			if (state.getRenderingMode().isClip()) {
				rasterise("text used as clipping path");
			}
			if (font.isVertical()) {
				rasterise("vertical text");
			}
			if (state.getFontSize() == 0) {
				rasterise("text of size 0");
			}
		}
		var current = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		if (current == null) {
			rasterise("glyph outside a string");
			return;
		}
		int index = current.glyphs().size();
		boolean singleByteSpace = index < current.codeRanges().size() && code == 32
				&& current.codeRanges().get(index)[1] - current.codeRanges().get(index)[0] == 1;
		float advance = displacement.getX() * state.getFontSize() + state.getCharacterSpacing()
				+ (singleByteSpace ? state.getWordSpacing() : 0);
		float adjustment = state.getFontSize() == 0 ? 0 : -advance * 1000 / state.getFontSize();
		current.glyphs().add(new Glyph(cut, adjustment));
		// no super call: Type3 glyph procedures are not walked (the page is rasterised instead)
	}

	private static float[] glyphBox(Matrix trm, PDFont font, Vector displacement) {
		float descent = -0.25f;
		float ascent = 0.9f;
		var descriptor = font.getFontDescriptor();
		if (descriptor != null && descriptor.getAscent() > 0 && descriptor.getAscent() < 2000) {
			ascent = descriptor.getAscent() / 1000;
		}
		if (descriptor != null && descriptor.getDescent() < 0 && descriptor.getDescent() > -1000) {
			descent = descriptor.getDescent() / 1000;
		}
		float width = displacement.getX() > 0 ? displacement.getX() : 0.5f;
		return bounds(trm.createAffineTransform(), 0, descent, width, ascent);
	}

	/** Rewrites a text operator whose strings lost glyphs as one {@code TJ}. */
	private void replaceText(String name, List<COSBase> operands) {
		if (shown.stream().noneMatch(s -> s.glyphs().stream().anyMatch(Glyph::cut))) {
			return;
		}
		for (var s : shown) {
			if (s.glyphs().size() != s.codeRanges().size()) {
				rasterise("glyphs and codes disagree");
				return;
			}
		}
		var array = new COSArray();
		if (name.equals("TJ")) {
			int next = 0;
			for (COSBase element : (COSArray) operands.get(0)) {
				if (element instanceof COSString && next < shown.size()) {
					append(array, shown.get(next++));
				}
				else if (element instanceof COSNumber) {
					array.add(element);
				}
			}
		}
		else {
			append(array, shown.get(0));
		}
		var tokens = new ArrayList<Object>();
		if (name.equals("\"")) {
			tokens.add(operands.get(0));
			tokens.add(Operator.getOperator("Tw"));
			tokens.add(operands.get(1));
			tokens.add(Operator.getOperator("Tc"));
		}
		if (name.equals("'") || name.equals("\"")) {
			tokens.add(Operator.getOperator("T*"));
		}
		tokens.add(array);
		tokens.add(Operator.getOperator("TJ"));
		replacements.put(operatorIndex, tokens);
	}

	private static void append(COSArray array, Shown s) {
		var kept = new java.io.ByteArrayOutputStream();
		float skipped = 0;
		for (int i = 0; i < s.glyphs().size(); i++) {
			var glyph = s.glyphs().get(i);
			int[] range = s.codeRanges().get(i);
			if (glyph.cut()) {
				if (kept.size() > 0) {
					array.add(new COSString(kept.toByteArray()));
					kept.reset();
				}
				skipped += glyph.adjustment();
			}
			else {
				if (skipped != 0) {
					array.add(new COSFloat(skipped));
					skipped = 0;
				}
				kept.write(s.bytes(), range[0], range[1] - range[0]);
			}
		}
		if (kept.size() > 0) {
			array.add(new COSString(kept.toByteArray()));
		}
		if (skipped != 0) {
			array.add(new COSFloat(skipped));
		}
	}

	// ---- images and forms

	@Override
	public void drawImage(PDImage image) throws IOException {
		var ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
		var box = bounds(ctm, 0, 0, 1, 1);
		if (!touches(box)) {
			return;
		}
		if (image instanceof PDInlineImage) {
			rasterise("inline image under a mark");
			return;
		}
		if (!(image instanceof PDImageXObject xobject) || xobject.isStencil() || !operator.getName().equals("Do")) {
			rasterise("image mask under a mark");
			return;
		}
		var painted = paintOver(xobject, ctm);
		if (painted == null) {
			rasterise("image that cannot be decoded");
			return;
		}
		var name = COSName.getPDFName("Redacted" + operatorIndex + "_" + imageCount++);
		newImages.put(name, painted);
		replacements.put(operatorIndex, List.of(name, Operator.getOperator("Do")));
	}

	/** The new images the replacements draw, to register under their names in the page's resources. */
	Map<COSName, PDImageXObject> newImages() {
		return newImages;
	}

	private PDImageXObject paintOver(PDImageXObject image, AffineTransform ctm) throws IOException {
		BufferedImage source;
		try {
			source = image.getImage();
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
		int w = source.getWidth();
		int h = source.getHeight();
		var mask = image.getSoftMask();
		var out = new BufferedImage(w, h, mask == null ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		var g = out.createGraphics();
		g.drawImage(source, 0, 0, null);
		g.dispose();
		if (mask != null) {
			BufferedImage alpha = mask.getImage();
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					int a = alpha.getRaster().getSample(x * alpha.getWidth() / w, y * alpha.getHeight() / h, 0);
					out.setRGB(x, y, (out.getRGB(x, y) & 0xFFFFFF) | (a & 0xFF) << 24);
				}
			}
		}
		AffineTransform inverse;
		try {
			inverse = ctm.createInverse();
		}
		catch (NoninvertibleTransformException e) {
			return null;
		}
		g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(2f));
		for (float[] area : areas) {
			var polygon = new Polygon();
			for (float[] corner : new float[][] { { area[0], area[1] }, { area[2], area[1] }, { area[2], area[3] },
					{ area[0], area[3] } }) {
				Point2D unit = inverse.transform(new Point2D.Float(corner[0], corner[1]), null);
				polygon.addPoint((int) Math.round(unit.getX() * w), (int) Math.round((1 - unit.getY()) * h));
			}
			g.fillPolygon(polygon);
			g.drawPolygon(polygon);
		}
		g.dispose();
		return LosslessFactory.createFromImage(target, out);
	}

	@Override
	public void showForm(PDFormXObject form) throws IOException {
		if (touches(formBox(form))) {
			rasterise("form XObject under a mark");
		}
	}

	@Override
	public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
		showForm(group);
	}

	private float[] formBox(PDFormXObject form) {
		var bbox = form.getBBox();
		var ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
		if (bbox == null) {
			return new float[] { -1e9f, -1e9f, 1e9f, 1e9f };
		}
		ctm.concatenate(form.getMatrix().createAffineTransform());
		return bounds(ctm, bbox.getLowerLeftX(), bbox.getLowerLeftY(), bbox.getUpperRightX(), bbox.getUpperRightY());
	}

	@Override
	public void shadingFill(COSName shadingName) throws IOException {
		var clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
		if (touches(new float[] { (float) clip.getMinX(), (float) clip.getMinY(), (float) clip.getMaxX(),
				(float) clip.getMaxY() })) {
			rasterise("shading under a mark");
		}
	}

	// ---- paths

	private void extend(float x, float y) {
		if (path == null) {
			path = new float[] { x, y, x, y };
		}
		else {
			path[0] = Math.min(path[0], x);
			path[1] = Math.min(path[1], y);
			path[2] = Math.max(path[2], x);
			path[3] = Math.max(path[3], y);
		}
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		for (Point2D p : new Point2D[] { p0, p1, p2, p3 }) {
			extend((float) p.getX(), (float) p.getY());
		}
	}

	@Override
	public void moveTo(float x, float y) {
		extend(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		extend(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		extend(x1, y1);
		extend(x2, y2);
		extend(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return path == null ? new Point2D.Float() : new Point2D.Float(path[2], path[3]);
	}

	@Override
	public void closePath() {
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void endPath() {
		path = null;
	}

	@Override
	public void strokePath() {
		paint(true);
	}

	@Override
	public void fillPath(int windingRule) {
		paint(false);
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		paint(true);
	}

	/** A path painted over a mark is dropped: the operator becomes {@code n} (any clip set with W still applies). */
	private void paint(boolean stroke) {
		if (path != null) {
			float pad = stroke ? Math.max(1, getGraphicsState().getLineWidth()) : 0.5f;
			if (touches(new float[] { path[0] - pad, path[1] - pad, path[2] + pad, path[3] + pad })) {
				replacements.put(operatorIndex, List.of(Operator.getOperator("n")));
			}
		}
		path = null;
	}

	// ---- geometry

	static float[] bounds(AffineTransform transform, float x0, float y0, float x1, float y1) {
		float[] points = { x0, y0, x1, y0, x1, y1, x0, y1 };
		transform.transform(points, 0, points, 0, 4);
		float[] box = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
		for (int i = 0; i < 8; i += 2) {
			box[0] = Math.min(box[0], points[i]);
			box[1] = Math.min(box[1], points[i + 1]);
			box[2] = Math.max(box[2], points[i]);
			box[3] = Math.max(box[3], points[i + 1]);
		}
		return box;
	}

	/** Whether the box overlaps any mark at all (edges included). */
	private boolean touches(float[] box) {
		for (float[] a : areas) {
			if (box[0] <= a[2] && box[2] >= a[0] && box[1] <= a[3] && box[3] >= a[1]) {
				return true;
			}
		}
		return false;
	}

	/** Whether a glyph's box lies in a mark: its centre, or a quarter of its width and height. */
	private boolean marked(float[] box) {
		float cx = (box[0] + box[2]) / 2;
		float cy = (box[1] + box[3]) / 2;
		float w = Math.max(box[2] - box[0], 0.01f);
		float h = Math.max(box[3] - box[1], 0.01f);
		for (float[] a : areas) {
			if (cx >= a[0] && cx <= a[2] && cy >= a[1] && cy <= a[3]) {
				return true;
			}
			float ow = Math.min(box[2], a[2]) - Math.max(box[0], a[0]);
			float oh = Math.min(box[3], a[3]) - Math.max(box[1], a[1]);
			if (ow >= OVERLAP * w && oh >= OVERLAP * h) {
				return true;
			}
		}
		return false;
	}
}
