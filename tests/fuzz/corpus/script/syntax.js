for (;;
