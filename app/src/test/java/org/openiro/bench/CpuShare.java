package org.openiro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openiro.app.support.ServiceProcess;

/**
 * Where the machine's CPU went while a load ran: the service's processes, this JVM (the driver), and the rest, which
 * is PostgreSQL and whatever else runs on the machine. The driver, the service and the database share its cores, so
 * this says which of them a figure is bound by, and how busy a shared machine was with others' work.
 */
final class CpuShare {

    /** The kernel's clock ticks a second ({@code getconf CLK_TCK}), which /proc/stat counts in: 100 on Linux. */
    private static final double TICKS_A_SECOND = 100;

    private final List<ServiceProcess> services;
    private final long startNanos;
    private final long serviceStart;
    private final long driverStart;
    private final long machineStart;

    private CpuShare(List<ServiceProcess> services) {
        this.services = services;
        this.startNanos = System.nanoTime();
        this.serviceStart = serviceNanos();
        this.driverStart = driverNanos();
        this.machineStart = machineNanos();
    }

    static CpuShare from(List<ServiceProcess> services) {
        return new CpuShare(services);
    }

    /**
     * The cores each used on average since {@link #from}; {@code rest} is NaN where the machine's busy time is not
     * known.
     */
    record Use(double seconds, double service, double driver, double rest) {

        String line() {
            return String.format("CPU over those %.0f s, in cores: the service %.2f, the driver %.2f, the rest "
                            + "(PostgreSQL and anything else running) %.2f, of %d", seconds, service, driver, rest,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    Use used() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double service = (serviceNanos() - serviceStart) / 1e9 / seconds;
        double driver = (driverNanos() - driverStart) / 1e9 / seconds;
        long machineEnd = machineNanos();
        double rest = machineStart < 0 || machineEnd < 0 ? Double.NaN
                : (machineEnd - machineStart) / 1e9 / seconds - service - driver;
        return new Use(seconds, service, driver, rest);
    }

    private long serviceNanos() {
        return services.stream().mapToLong(ServiceProcess::cpuNanos).sum();
    }

    private static long driverNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * Busy time of every core, or -1 where there is no /proc/stat: user, nice, system, irq and softirq, not idle, I/O
     * wait or steal (time the hypervisor gave another machine: no one here used it).
     */
    private static long machineNanos() {
        try {
            String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(ticks.length, 8); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(ticks[i]);
                }
            }
            return (long) (busy / TICKS_A_SECOND * 1e9);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
