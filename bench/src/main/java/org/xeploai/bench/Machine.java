package org.xeploai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on: processors, memory, CPU model, Java. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String memory = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB").findFirst().orElse(memory);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " processors (nproc), " + cpu + ", " + memory
                + " memory; Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.vm.version") + ", " + System.getProperty("java.vendor") + "); "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".\n";
    }
}
