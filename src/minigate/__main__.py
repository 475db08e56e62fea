from minigate import collector

collector.starting()  # before the CLI's imports (minigate.collector)

from minigate.cli import main  # noqa: E402

main()
