(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_42 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_969 () Int)
(declare-fun phase_989 () Int)
(declare-fun phase_997 () Int)
(declare-fun phase_1005 () Int)
(declare-fun phase_1009 () Int)
(declare-fun phase_1021 () Int)
(declare-fun phase_1037 () Int)
(declare-fun phase_1053 () Int)
(declare-fun phase_1069 () Int)
(declare-fun phase_1085 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1391 () Real)
(declare-fun boundary () Int)
(declare-fun x_852 () Real)
(declare-fun x_107 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_42 6))
(assert
 (= phase_612 38))
(assert
 (= phase_613 38))
(assert
 (= phase_614 38))
(assert
 (= phase_615 38))
(assert
 (= phase_616 38))
(assert
 (= phase_617 38))
(assert
 (= phase_618 38))
(assert
 (= phase_620 38))
(assert
 (= phase_969 34))
(assert
 (= phase_989 34))
(assert
 (= phase_997 42))
(assert
 (= phase_1005 30))
(assert
 (= phase_1009 51))
(assert
 (= phase_1021 30))
(assert
 (= phase_1037 34))
(assert
 (= phase_1053 34))
(assert
 (= phase_1069 34))
(assert
 (= phase_1085 26))
(assert
 (= phase_1090 7))
(assert
 (let ((?x122909 (* (- 1.0) x_1391)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x126312 (ite $x306816 ?x122909 0.0)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x121520 (ite $x139643 (* 1.0 x_1391) 0.0)))
 (let ((?x70821 (* (- 1.0) x_852)))
 (let (($x174153 (>= boundary 39)))
 (let ((?x73040 (ite $x174153 ?x70821 0.0)))
 (let (($x194260 (>= boundary 37)))
 (let ((?x62108 (ite $x194260 (* 1.0 x_852) 0.0)))
 (let ((?x31942 (* (- 1.0) x_107)))
 (let (($x21781 (>= boundary 35)))
 (let ((?x52750 (ite $x21781 ?x31942 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x29951 (ite $x33429 (* 1.0 x_107) 0.0)))
 (let ((?x136731 (+ ?x29951 ?x52750 ?x62108 ?x73040 ?x121520 ?x126312)))
 (let (($x131216 (= read_value x_1391)))
 (let (($x38023 (= read_index 17)))
 (let (($x148014 (and (and $x38023 (not (= phase_997 (- phase_1009 1)))) (= boundary (- phase_1009 2)))))
 (let (($x135597 (= read_value x_852)))
 (let (($x48180 (and (and (= read_index 16) (not false)) (= boundary (- phase_620 1)))))
 (let (($x25181 (and (and (= read_index 15) (not false)) (= boundary (- phase_618 1)))))
 (let (($x220959 (and (and (= read_index 14) (not false)) (= boundary (- phase_617 1)))))
 (let (($x51095 (and (and (= read_index 13) (not false)) (= boundary (- phase_616 1)))))
 (let (($x231862 (and (and (= read_index 12) (not false)) (= boundary (- phase_615 1)))))
 (let (($x220528 (and (and (= read_index 11) (not false)) (= boundary (- phase_614 1)))))
 (let (($x9083 (and (and (= read_index 10) (not false)) (= boundary (- phase_613 1)))))
 (let (($x3985 (and (and (= read_index 9) (not false)) (= boundary (- phase_612 1)))))
 (let (($x42762 (= read_value x_107)))
 (let (($x188886 (= read_index 8)))
 (let (($x171917 (and (and $x188886 (not (= phase_42 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x32609 (and (and (= read_index 7) (not false)) (= boundary (- phase_1085 1)))))
 (let (($x25602 (and (and (= read_index 6) (not false)) (= boundary (- phase_1069 1)))))
 (let (($x83919 (and (and (= read_index 5) (not false)) (= boundary (- phase_1053 1)))))
 (let (($x211309 (and (and (= read_index 4) (not false)) (= boundary (- phase_1037 1)))))
 (let (($x190460 (and (and (= read_index 3) (not false)) (= boundary (- phase_1021 1)))))
 (let (($x157200 (and (and (= read_index 2) (not false)) (= boundary (- phase_1005 1)))))
 (let (($x110351 (and (and (= read_index 1) (not false)) (= boundary (- phase_989 1)))))
 (let (($x31600 (and (and (= read_index 0) (not false)) (= boundary (- phase_969 1)))))
 (let (($x102015 (or (and $x31600 $x42762) (and $x110351 $x42762) (and $x157200 $x42762) (and $x190460 $x42762) (and $x211309 $x42762) (and $x83919 $x42762) (and $x25602 $x42762) (and $x32609 $x42762) (and $x171917 $x42762) (and $x3985 $x135597) (and $x9083 $x135597) (and $x220528 $x135597) (and $x231862 $x135597) (and $x51095 $x135597) (and $x220959 $x135597) (and $x25181 $x135597) (and $x48180 $x135597) (and $x148014 $x131216))))
 (and $x102015 (and (distinct ?x136731 read_value) true)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
