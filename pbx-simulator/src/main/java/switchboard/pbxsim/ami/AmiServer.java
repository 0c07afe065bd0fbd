package switchboard.pbxsim.ami;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.concurrent.GlobalEventExecutor;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * An AMI server on a TCP port in front of a {@link SimulatedPbx}: what Asterisk 22 is to
 * Asterisk-Java. Start it on port 0 for a free port and read {@link #port()}.
 */
public final class AmiServer implements AutoCloseable {

    static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";

    private final SimulatedPbx pbx;
    private final Map<String, String> secrets;
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup(2);
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel listening;
    private int boundPort;

    /**
     * @param pbx the simulated telephony behind the protocol
     * @param secrets AMI users and their secrets, as in manager.conf
     */
    public AmiServer(SimulatedPbx pbx, Map<String, String> secrets) {
        this.pbx = pbx;
        this.secrets = Map.copyOf(secrets);
    }

    /** Listens on loopback at {@code port} (0 for any free port). */
    public AmiServer start(int port) throws InterruptedException {
        listening = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        clients.add(channel);
                        channel.pipeline().addLast(new StringEncoder(StandardCharsets.UTF_8),
                                new AmiMessageDecoder(), new AmiSession(pbx, secrets));
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", port)).sync().channel();
        boundPort = ((InetSocketAddress) listening.localAddress()).getPort();
        return this;
    }

    public int port() {
        return boundPort;
    }

    /**
     * Drops every client connection and stops listening, as when the PBX or the network goes
     * away; the telephony goes on. {@link #resume()} listens again on the same port.
     */
    public void suspend() {
        listening.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
    }

    public void resume() throws InterruptedException {
        start(boundPort);
    }

    /**
     * Writes raw text to every connected client, as is: for tests of how clients survive
     * malformed or unexpected input.
     */
    public void sendRaw(String text) {
        clients.writeAndFlush(text).syncUninterruptibly();
    }

    @Override
    public void close() {
        if (listening != null) {
            listening.close().syncUninterruptibly();
        }
        workers.shutdownGracefully();
        boss.shutdownGracefully();
    }
}
