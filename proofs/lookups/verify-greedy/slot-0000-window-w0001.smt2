(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
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
(declare-fun boundary_half () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_4 0))
(assert
 (= phase_12 0))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 0))
(assert
 (= phase_19 0))
(assert
 (= phase_20 0))
(assert
 (= phase_21 0))
(assert
 (= phase_22 0))
(assert
 (= phase_23 0))
(assert
 (= phase_24 0))
(assert
 (= phase_25 0))
(assert
 (= phase_26 0))
(assert
 (= phase_27 0))
(assert
 (= phase_28 0))
(assert
 (= phase_29 0))
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
 (let ((?x133 (+ phase_0 1)))
 (let (($x19128 (> ?x133 (- 1))))
 (let ((?x3711 (ite $x19128 ?x133 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x3711)) x_0 0.0))))))
(assert
 (let (($x52391 (or (not (and (and true (> boundary (- 1))) (<= boundary 1))) (and (distinct window_start_contents read_value) true))))
 (let (($x42833 (= read_value x_0)))
 (let (($x45582 (and (and (= read_index 77) (not false)) (= boundary (- phase_108 1)))))
 (let (($x15900 (and (and (= read_index 76) (not false)) (= boundary (- phase_107 1)))))
 (let (($x50510 (and (and (= read_index 75) (not false)) (= boundary (- phase_106 1)))))
 (let (($x39640 (and (and (= read_index 72) (not false)) (= boundary (- phase_101 1)))))
 (let (($x24888 (and (and (= read_index 71) (not false)) (= boundary (- phase_100 1)))))
 (let (($x15110 (and (and (= read_index 70) (not false)) (= boundary (- phase_99 1)))))
 (let (($x41246 (and (and (= read_index 69) (not false)) (= boundary (- phase_97 1)))))
 (let (($x43019 (and (and (= read_index 68) (not false)) (= boundary (- phase_96 1)))))
 (let (($x15854 (and (and (= read_index 67) (not false)) (= boundary (- phase_95 1)))))
 (let (($x45324 (and (and (= read_index 66) (not false)) (= boundary (- phase_93 1)))))
 (let (($x45325 (and (and (= read_index 65) (not false)) (= boundary (- phase_92 1)))))
 (let (($x3492 (and (and (= read_index 64) (not false)) (= boundary (- phase_91 1)))))
 (let (($x50541 (and (and (= read_index 63) (not false)) (= boundary (- phase_89 1)))))
 (let (($x45627 (and (and (= read_index 62) (not false)) (= boundary (- phase_88 1)))))
 (let (($x50859 (and (and (= read_index 61) (not false)) (= boundary (- phase_87 1)))))
 (let (($x16029 (and (and (= read_index 58) (not false)) (= boundary (- phase_82 1)))))
 (let (($x24529 (and (and (= read_index 57) (not false)) (= boundary (- phase_81 1)))))
 (let (($x45609 (and (and (= read_index 56) (not false)) (= boundary (- phase_80 1)))))
 (let (($x43012 (and (and (= read_index 55) (not false)) (= boundary (- phase_78 1)))))
 (let (($x50574 (and (and (= read_index 54) (not false)) (= boundary (- phase_77 1)))))
 (let (($x45610 (and (and (= read_index 53) (not false)) (= boundary (- phase_76 1)))))
 (let (($x5375 (and (and (= read_index 52) (not false)) (= boundary (- phase_74 1)))))
 (let (($x46458 (and (and (= read_index 51) (not false)) (= boundary (- phase_73 1)))))
 (let (($x50425 (and (and (= read_index 50) (not false)) (= boundary (- phase_72 1)))))
 (let (($x21071 (and (and (= read_index 49) (not false)) (= boundary (- phase_70 1)))))
 (let (($x25054 (and (and (= read_index 48) (not false)) (= boundary (- phase_69 1)))))
 (let (($x2072 (and (and (= read_index 47) (not false)) (= boundary (- phase_68 1)))))
 (let (($x52388 (and (and (= read_index 44) (not false)) (= boundary (- phase_63 1)))))
 (let (($x52393 (and (and (= read_index 43) (not false)) (= boundary (- phase_62 1)))))
 (let (($x7728 (and (and (= read_index 42) (not false)) (= boundary (- phase_61 1)))))
 (let (($x50370 (and (and (= read_index 41) (not false)) (= boundary (- phase_59 1)))))
 (let (($x41268 (and (and (= read_index 40) (not false)) (= boundary (- phase_58 1)))))
 (let (($x8237 (and (and (= read_index 39) (not false)) (= boundary (- phase_57 1)))))
 (let (($x17563 (and (and (= read_index 38) (not false)) (= boundary (- phase_55 1)))))
 (let (($x20739 (and (and (= read_index 37) (not false)) (= boundary (- phase_54 1)))))
 (let (($x11523 (and (and (= read_index 36) (not false)) (= boundary (- phase_53 1)))))
 (let (($x29028 (and (and (= read_index 35) (not false)) (= boundary (- phase_51 1)))))
 (let (($x26281 (and (and (= read_index 34) (not false)) (= boundary (- phase_50 1)))))
 (let (($x26069 (and (and (= read_index 33) (not false)) (= boundary (- phase_49 1)))))
 (let (($x20881 (and (and (= read_index 30) (not false)) (= boundary (- phase_44 1)))))
 (let (($x26056 (and (and (= read_index 29) (not false)) (= boundary (- phase_43 1)))))
 (let (($x20379 (and (and (= read_index 28) (not false)) (= boundary (- phase_42 1)))))
 (let (($x26743 (and (and (= read_index 27) (not false)) (= boundary (- phase_40 1)))))
 (let (($x23558 (and (and (= read_index 26) (not false)) (= boundary (- phase_39 1)))))
 (let (($x36389 (and (and (= read_index 25) (not false)) (= boundary (- phase_38 1)))))
 (let (($x8244 (and (and (= read_index 24) (not false)) (= boundary (- phase_36 1)))))
 (let (($x25662 (and (and (= read_index 23) (not false)) (= boundary (- phase_35 1)))))
 (let (($x34628 (and (and (= read_index 22) (not false)) (= boundary (- phase_34 1)))))
 (let (($x36631 (and (and (= read_index 21) (not false)) (= boundary (- phase_32 1)))))
 (let (($x17715 (and (and (= read_index 20) (not false)) (= boundary (- phase_31 1)))))
 (let (($x30957 (and (and (= read_index 19) (not false)) (= boundary (- phase_30 1)))))
 (let (($x50649 (or (and $x30957 $x42833) (and $x17715 $x42833) (and $x36631 $x42833) (and $x34628 $x42833) (and $x25662 $x42833) (and $x8244 $x42833) (and $x36389 $x42833) (and $x23558 $x42833) (and $x26743 $x42833) (and $x20379 $x42833) (and $x26056 $x42833) (and $x20881 $x42833) (and $x26069 $x42833) (and $x26281 $x42833) (and $x29028 $x42833) (and $x11523 $x42833) (and $x20739 $x42833) (and $x17563 $x42833) (and $x8237 $x42833) (and $x41268 $x42833) (and $x50370 $x42833) (and $x7728 $x42833) (and $x52393 $x42833) (and $x52388 $x42833) (and $x2072 $x42833) (and $x25054 $x42833) (and $x21071 $x42833) (and $x50425 $x42833) (and $x46458 $x42833) (and $x5375 $x42833) (and $x45610 $x42833) (and $x50574 $x42833) (and $x43012 $x42833) (and $x45609 $x42833) (and $x24529 $x42833) (and $x16029 $x42833) (and $x50859 $x42833) (and $x45627 $x42833) (and $x50541 $x42833) (and $x3492 $x42833) (and $x45325 $x42833) (and $x45324 $x42833) (and $x15854 $x42833) (and $x43019 $x42833) (and $x41246 $x42833) (and $x15110 $x42833) (and $x24888 $x42833) (and $x39640 $x42833) (and $x50510 $x42833) (and $x15900 $x42833) (and $x45582 $x42833))))
 (let (($x50635 (and $x50649 $x52391)))
 (let ((?x133 (+ phase_0 1)))
 (let (($x19128 (> ?x133 (- 1))))
 (let ((?x3711 (ite $x19128 ?x133 (- 1))))
 (let ((?x247 (+ phase_4 1)))
 (let (($x41267 (> ?x247 ?x3711)))
 (let ((?x45381 (ite $x41267 ?x247 ?x3711)))
 (let ((?x17961 (+ phase_12 1)))
 (let (($x45523 (> ?x17961 ?x45381)))
 (let ((?x50361 (ite $x45523 ?x17961 ?x45381)))
 (let ((?x997 (+ phase_14 1)))
 (let (($x50364 (> ?x997 ?x50361)))
 (let ((?x50369 (ite $x50364 ?x997 ?x50361)))
 (let ((?x1859 (+ phase_15 1)))
 (let (($x50372 (> ?x1859 ?x50369)))
 (let ((?x50376 (ite $x50372 ?x1859 ?x50369)))
 (let ((?x2184 (+ phase_16 1)))
 (let (($x50382 (> ?x2184 ?x50376)))
 (let ((?x50384 (ite $x50382 ?x2184 ?x50376)))
 (let ((?x2194 (+ phase_17 1)))
 (let (($x50415 (> ?x2194 ?x50384)))
 (let ((?x50531 (ite $x50415 ?x2194 ?x50384)))
 (let ((?x2597 (+ phase_18 1)))
 (let (($x50534 (> ?x2597 ?x50531)))
 (let ((?x10915 (ite $x50534 ?x2597 ?x50531)))
 (let ((?x2869 (+ phase_19 1)))
 (let (($x31695 (> ?x2869 ?x10915)))
 (let ((?x20856 (ite $x31695 ?x2869 ?x10915)))
 (let ((?x3016 (+ phase_20 1)))
 (let (($x20869 (> ?x3016 ?x20856)))
 (let ((?x9810 (ite $x20869 ?x3016 ?x20856)))
 (let ((?x3379 (+ phase_21 1)))
 (let (($x10212 (> ?x3379 ?x9810)))
 (let ((?x34388 (ite $x10212 ?x3379 ?x9810)))
 (let ((?x3714 (+ phase_22 1)))
 (let (($x34386 (> ?x3714 ?x34388)))
 (let ((?x27015 (ite $x34386 ?x3714 ?x34388)))
 (let ((?x3749 (+ phase_23 1)))
 (let (($x20792 (> ?x3749 ?x27015)))
 (let ((?x20744 (ite $x20792 ?x3749 ?x27015)))
 (let ((?x3758 (+ phase_24 1)))
 (let (($x28415 (> ?x3758 ?x20744)))
 (let ((?x20613 (ite $x28415 ?x3758 ?x20744)))
 (let ((?x3988 (+ phase_25 1)))
 (let (($x20616 (> ?x3988 ?x20613)))
 (let ((?x20740 (ite $x20616 ?x3988 ?x20613)))
 (let ((?x4100 (+ phase_26 1)))
 (let (($x20533 (> ?x4100 ?x20740)))
 (let ((?x20710 (ite $x20533 ?x4100 ?x20740)))
 (let ((?x4199 (+ phase_27 1)))
 (let (($x20698 (> ?x4199 ?x20710)))
 (let ((?x20127 (ite $x20698 ?x4199 ?x20710)))
 (let ((?x4293 (+ phase_28 1)))
 (let (($x21997 (> ?x4293 ?x20127)))
 (let ((?x26242 (ite $x21997 ?x4293 ?x20127)))
 (let ((?x4676 (+ phase_29 1)))
 (let (($x20549 (> ?x4676 ?x26242)))
 (let ((?x26247 (ite $x20549 ?x4676 ?x26242)))
 (let ((?x19598 (+ phase_30 1)))
 (let (($x40202 (<= (- 1) boundary)))
 (let (($x40422 (and true $x40202)))
 (let ((?x27296 (ite (and $x40422 (< boundary (ite (> ?x19598 ?x26247) ?x19598 ?x26247))) x_0 0.0)))
 (let (($x27318 (and (distinct window_start_contents ?x27296) true)))
 (let (($x27301 (<= boundary 1)))
 (let (($x4064 (> boundary (- 1))))
 (let (($x27298 (and true $x4064)))
 (let (($x28045 (and $x27298 $x27301)))
 (let (($x41963 (<= boundary 11)))
 (let (($x40065 (>= boundary (- 1))))
 (let (($x41764 (and (= boundary (+ (* 2 boundary_half) 1)) $x40065)))
 (let (($x41971 (and $x41764 $x41963)))
 (let (($x27311 (and $x41971 $x28045)))
 (let (($x27321 (and $x27311 $x27318)))
 (or $x27321 $x50635)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
