(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_42 2))
(assert
 (= phase_43 2))
(assert
 (= phase_44 2))
(assert
 (= phase_49 2))
(assert
 (= phase_50 2))
(assert
 (= phase_51 2))
(assert
 (= phase_53 2))
(assert
 (= phase_54 2))
(assert
 (= phase_55 2))
(assert
 (= phase_57 2))
(assert
 (= phase_58 2))
(assert
 (= phase_59 2))
(assert
 (= phase_61 2))
(assert
 (= phase_62 2))
(assert
 (= phase_63 2))
(assert
 (= phase_68 2))
(assert
 (= phase_69 2))
(assert
 (= phase_70 2))
(assert
 (= phase_72 2))
(assert
 (= phase_73 2))
(assert
 (= phase_74 2))
(assert
 (= phase_76 2))
(assert
 (= phase_77 2))
(assert
 (= phase_78 2))
(assert
 (= phase_80 2))
(assert
 (= phase_81 2))
(assert
 (= phase_82 2))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_95 2))
(assert
 (= phase_96 2))
(assert
 (= phase_97 2))
(assert
 (= phase_99 2))
(assert
 (= phase_100 2))
(assert
 (= phase_101 2))
(assert
 (= phase_106 2))
(assert
 (= phase_107 2))
(assert
 (= phase_108 2))
(assert
 (let ((?x249 (+ phase_0 1)))
 (let (($x1383 (> ?x249 (- 1))))
 (let ((?x1536 (ite $x1383 ?x249 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x1536)) x_0 0.0))))))
(assert
 (let (($x52219 (and (distinct window_start_contents read_value) true)))
 (let (($x52757 (not (and (and true (> boundary (- 1))) (<= boundary 1)))))
 (let (($x10255 (or $x52757 $x52219)))
 (let (($x8269 (= read_value x_0)))
 (let (($x53874 (and (and (= read_index 77) (not false)) (= boundary (- phase_108 1)))))
 (let (($x2858 (and $x53874 $x8269)))
 (let (($x43931 (and (and (= read_index 76) (not false)) (= boundary (- phase_107 1)))))
 (let (($x3257 (and $x43931 $x8269)))
 (let (($x16167 (and (and (= read_index 75) (not false)) (= boundary (- phase_106 1)))))
 (let (($x49768 (and $x16167 $x8269)))
 (let (($x2932 (and (and (= read_index 72) (not false)) (= boundary (- phase_101 1)))))
 (let (($x5132 (and $x2932 $x8269)))
 (let (($x53851 (and (and (= read_index 71) (not false)) (= boundary (- phase_100 1)))))
 (let (($x53542 (and $x53851 $x8269)))
 (let (($x14746 (and (and (= read_index 70) (not false)) (= boundary (- phase_99 1)))))
 (let (($x10958 (and $x14746 $x8269)))
 (let (($x5537 (and (and (= read_index 69) (not false)) (= boundary (- phase_97 1)))))
 (let (($x43985 (and $x5537 $x8269)))
 (let (($x52648 (and (and (= read_index 68) (not false)) (= boundary (- phase_96 1)))))
 (let (($x51366 (and $x52648 $x8269)))
 (let (($x752 (and (and (= read_index 67) (not false)) (= boundary (- phase_95 1)))))
 (let (($x53794 (and $x752 $x8269)))
 (let (($x14567 (and (and (= read_index 66) (not false)) (= boundary (- phase_93 1)))))
 (let (($x14528 (and $x14567 $x8269)))
 (let (($x14444 (and (and (= read_index 65) (not false)) (= boundary (- phase_92 1)))))
 (let (($x53744 (and $x14444 $x8269)))
 (let (($x38837 (and (and (= read_index 64) (not false)) (= boundary (- phase_91 1)))))
 (let (($x53905 (and $x38837 $x8269)))
 (let (($x13127 (and (and (= read_index 63) (not false)) (= boundary (- phase_89 1)))))
 (let (($x2604 (and $x13127 $x8269)))
 (let (($x1496 (and (and (= read_index 62) (not false)) (= boundary (- phase_88 1)))))
 (let (($x11172 (and $x1496 $x8269)))
 (let (($x2834 (and (and (= read_index 61) (not false)) (= boundary (- phase_87 1)))))
 (let (($x31883 (and $x2834 $x8269)))
 (let (($x53825 (and (and (= read_index 58) (not false)) (= boundary (- phase_82 1)))))
 (let (($x3447 (and $x53825 $x8269)))
 (let (($x53738 (and (and (= read_index 57) (not false)) (= boundary (- phase_81 1)))))
 (let (($x52233 (and $x53738 $x8269)))
 (let (($x43598 (and (and (= read_index 56) (not false)) (= boundary (- phase_80 1)))))
 (let (($x43552 (and $x43598 $x8269)))
 (let (($x53868 (and (and (= read_index 55) (not false)) (= boundary (- phase_78 1)))))
 (let (($x39315 (and $x53868 $x8269)))
 (let (($x53157 (and (and (= read_index 54) (not false)) (= boundary (- phase_77 1)))))
 (let (($x56789 (and $x53157 $x8269)))
 (let (($x52229 (and (and (= read_index 53) (not false)) (= boundary (- phase_76 1)))))
 (let (($x51373 (and $x52229 $x8269)))
 (let (($x13872 (and (and (= read_index 52) (not false)) (= boundary (- phase_74 1)))))
 (let (($x2361 (and $x13872 $x8269)))
 (let (($x22542 (and (and (= read_index 51) (not false)) (= boundary (- phase_73 1)))))
 (let (($x44870 (and $x22542 $x8269)))
 (let (($x14535 (and (and (= read_index 50) (not false)) (= boundary (- phase_72 1)))))
 (let (($x52329 (and $x14535 $x8269)))
 (let (($x47774 (and (and (= read_index 49) (not false)) (= boundary (- phase_70 1)))))
 (let (($x10690 (and $x47774 $x8269)))
 (let (($x56795 (and (and (= read_index 48) (not false)) (= boundary (- phase_69 1)))))
 (let (($x56797 (and $x56795 $x8269)))
 (let (($x24955 (and (and (= read_index 47) (not false)) (= boundary (- phase_68 1)))))
 (let (($x10024 (and $x24955 $x8269)))
 (let (($x52958 (and (and (= read_index 44) (not false)) (= boundary (- phase_63 1)))))
 (let (($x53608 (and $x52958 $x8269)))
 (let (($x43506 (and (and (= read_index 43) (not false)) (= boundary (- phase_62 1)))))
 (let (($x44494 (and $x43506 $x8269)))
 (let (($x51276 (and (and (= read_index 42) (not false)) (= boundary (- phase_61 1)))))
 (let (($x9653 (and $x51276 $x8269)))
 (let (($x17430 (and (and (= read_index 41) (not false)) (= boundary (- phase_59 1)))))
 (let (($x6791 (and $x17430 $x8269)))
 (let (($x51518 (and (and (= read_index 40) (not false)) (= boundary (- phase_58 1)))))
 (let (($x52210 (and $x51518 $x8269)))
 (let (($x43816 (and (and (= read_index 39) (not false)) (= boundary (- phase_57 1)))))
 (let (($x52655 (and $x43816 $x8269)))
 (let (($x50970 (and (and (= read_index 38) (not false)) (= boundary (- phase_55 1)))))
 (let (($x12166 (and $x50970 $x8269)))
 (let (($x43924 (and (and (= read_index 37) (not false)) (= boundary (- phase_54 1)))))
 (let (($x10774 (and $x43924 $x8269)))
 (let (($x53460 (and (and (= read_index 36) (not false)) (= boundary (- phase_53 1)))))
 (let (($x56791 (and $x53460 $x8269)))
 (let (($x140 (and (and (= read_index 35) (not false)) (= boundary (- phase_51 1)))))
 (let (($x50990 (and $x140 $x8269)))
 (let (($x38852 (and (and (= read_index 34) (not false)) (= boundary (- phase_50 1)))))
 (let (($x53119 (and $x38852 $x8269)))
 (let (($x53910 (and (and (= read_index 33) (not false)) (= boundary (- phase_49 1)))))
 (let (($x43727 (and $x53910 $x8269)))
 (let (($x53498 (and (and (= read_index 30) (not false)) (= boundary (- phase_44 1)))))
 (let (($x43748 (and $x53498 $x8269)))
 (let (($x43286 (and (and (= read_index 29) (not false)) (= boundary (- phase_43 1)))))
 (let (($x13656 (and $x43286 $x8269)))
 (let (($x53743 (and (and (= read_index 28) (not false)) (= boundary (- phase_42 1)))))
 (let (($x53483 (and $x53743 $x8269)))
 (let (($x13651 (and (and (= read_index 27) (not false)) (= boundary (- phase_40 1)))))
 (let (($x18023 (and $x13651 $x8269)))
 (let (($x53920 (and (and (= read_index 26) (not false)) (= boundary (- phase_39 1)))))
 (let (($x38753 (and $x53920 $x8269)))
 (let (($x44319 (and (and (= read_index 25) (not false)) (= boundary (- phase_38 1)))))
 (let (($x53168 (and $x44319 $x8269)))
 (let (($x6552 (and (and (= read_index 24) (not false)) (= boundary (- phase_36 1)))))
 (let (($x276 (and $x6552 $x8269)))
 (let (($x13837 (and (and (= read_index 23) (not false)) (= boundary (- phase_35 1)))))
 (let (($x3117 (and $x13837 $x8269)))
 (let (($x39279 (and (and (= read_index 22) (not false)) (= boundary (- phase_34 1)))))
 (let (($x43965 (and $x39279 $x8269)))
 (let (($x53021 (and (and (= read_index 21) (not false)) (= boundary (- phase_32 1)))))
 (let (($x53352 (and $x53021 $x8269)))
 (let (($x50954 (and (and (= read_index 20) (not false)) (= boundary (- phase_31 1)))))
 (let (($x51228 (and $x50954 $x8269)))
 (let (($x30170 (and (and (= read_index 19) (not false)) (= boundary (- phase_30 1)))))
 (let (($x39167 (and $x30170 $x8269)))
 (let (($x53293 (or $x39167 $x51228 $x53352 $x43965 $x3117 $x276 $x53168 $x38753 $x18023 $x53483 $x13656 $x43748 $x43727 $x53119 $x50990 $x56791 $x10774 $x12166 $x52655 $x52210 $x6791 $x9653 $x44494 $x53608 $x10024 $x56797 $x10690 $x52329 $x44870 $x2361 $x51373 $x56789 $x39315 $x43552 $x52233 $x3447 $x31883 $x11172 $x2604 $x53905 $x53744 $x14528 $x53794 $x51366 $x43985 $x10958 $x53542 $x5132 $x49768 $x3257 $x2858)))
 (and $x53293 $x10255)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
