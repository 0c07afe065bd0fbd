package switchboard.pbxsim.ami;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Splits the byte stream into lines on CRLF only, as Asterisk does (a bare LF stays inside the
 * line), and lines into messages at a blank line. A line without a colon is kept with an empty
 * value, so a malformed action still gets an error reply rather than silence.
 */
final class AmiMessageDecoder extends ByteToMessageDecoder {

    static final int MAX_LINE = 8_192;

    private AmiMessage current = new AmiMessage();

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (true) {
            int end = indexOfCrlf(in);
            if (end < 0) {
                if (in.readableBytes() > MAX_LINE) {
                    in.skipBytes(in.readableBytes());
                    throw new TooLongFrameException("AMI line longer than " + MAX_LINE + " bytes");
                }
                return;
            }
            String line = in.readCharSequence(end - in.readerIndex(), StandardCharsets.UTF_8).toString();
            in.skipBytes(2);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new AmiMessage();
                }
            } else {
                int colon = line.indexOf(':');
                current.add(colon < 0 ? line.strip() : line.substring(0, colon).strip(),
                        colon < 0 ? "" : line.substring(colon + 1).strip());
            }
        }
    }

    private static int indexOfCrlf(ByteBuf in) {
        for (int i = in.readerIndex(); i < in.writerIndex() - 1; i++) {
            if (in.getByte(i) == '\r' && in.getByte(i + 1) == '\n') {
                return i;
            }
        }
        return -1;
    }
}
