(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_77 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_797 () Int)
(declare-fun phase_802 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_943 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_77 18))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_117 22))
(assert
 (= phase_118 22))
(assert
 (= phase_784 20))
(assert
 (= phase_791 20))
(assert
 (= phase_797 20))
(assert
 (= phase_802 20))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_943 20))
(assert
 (let ((?x1762 (+ phase_77 1)))
 (let (($x161590 (> ?x1762 (- 1))))
 (let ((?x204667 (ite $x161590 ?x1762 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 17)) (< 17 ?x204667)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x197873 (not (and (and true (> boundary 17)) (<= boundary 21)))))
 (let (($x16665 (or $x197873 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x69330 (and (and (= read_index 354) (not false)) (= boundary (- phase_943 1)))))
 (let (($x125044 (and $x69330 $x23999)))
 (let (($x190892 (and (and (= read_index 265) (not false)) (= boundary (- phase_845 1)))))
 (let (($x131828 (and $x190892 $x23999)))
 (let (($x139813 (and (and (= read_index 264) (not false)) (= boundary (- phase_844 1)))))
 (let (($x200419 (and $x139813 $x23999)))
 (let (($x71169 (and (and (= read_index 263) (not false)) (= boundary (- phase_843 1)))))
 (let (($x50202 (and $x71169 $x23999)))
 (let (($x161326 (and (and (= read_index 262) (not false)) (= boundary (- phase_842 1)))))
 (let (($x18803 (and $x161326 $x23999)))
 (let (($x209186 (and (and (= read_index 261) (not false)) (= boundary (- phase_841 1)))))
 (let (($x43559 (and $x209186 $x23999)))
 (let (($x191839 (and (and (= read_index 260) (not false)) (= boundary (- phase_840 1)))))
 (let (($x153557 (and $x191839 $x23999)))
 (let (($x169966 (and (and (= read_index 259) (not false)) (= boundary (- phase_839 1)))))
 (let (($x48482 (and $x169966 $x23999)))
 (let (($x41563 (and (and (= read_index 258) (not false)) (= boundary (- phase_838 1)))))
 (let (($x77471 (and $x41563 $x23999)))
 (let (($x5232 (and (and (= read_index 257) (not false)) (= boundary (- phase_837 1)))))
 (let (($x52887 (and $x5232 $x23999)))
 (let (($x164730 (and (and (= read_index 256) (not false)) (= boundary (- phase_836 1)))))
 (let (($x178343 (and $x164730 $x23999)))
 (let (($x124716 (and (and (= read_index 255) (not false)) (= boundary (- phase_835 1)))))
 (let (($x189533 (and $x124716 $x23999)))
 (let (($x55915 (and (and (= read_index 254) (not false)) (= boundary (- phase_834 1)))))
 (let (($x67826 (and $x55915 $x23999)))
 (let (($x152776 (and (and (= read_index 227) (not false)) (= boundary (- phase_802 1)))))
 (let (($x39675 (and $x152776 $x23999)))
 (let (($x129079 (and (and (= read_index 222) (not false)) (= boundary (- phase_797 1)))))
 (let (($x155478 (and $x129079 $x23999)))
 (let (($x151630 (and (and (= read_index 216) (not false)) (= boundary (- phase_791 1)))))
 (let (($x38340 (and $x151630 $x23999)))
 (let (($x145567 (and (and (= read_index 209) (not false)) (= boundary (- phase_784 1)))))
 (let (($x200392 (and $x145567 $x23999)))
 (let (($x189544 (and (and (= read_index 61) (not false)) (= boundary (- phase_118 1)))))
 (let (($x193672 (and $x189544 $x23999)))
 (let (($x133166 (and (and (= read_index 60) (not false)) (= boundary (- phase_117 1)))))
 (let (($x134092 (and $x133166 $x23999)))
 (let (($x100301 (and (and (= read_index 43) (not false)) (= boundary (- phase_82 1)))))
 (let (($x101098 (and $x100301 $x23999)))
 (let (($x78555 (and (and (= read_index 42) (not false)) (= boundary (- phase_81 1)))))
 (let (($x80846 (and $x78555 $x23999)))
 (let (($x178478 (or $x80846 $x101098 $x134092 $x193672 $x200392 $x38340 $x155478 $x39675 $x67826 $x189533 $x178343 $x52887 $x77471 $x48482 $x153557 $x43559 $x18803 $x50202 $x200419 $x131828 $x125044)))
 (and $x178478 $x16665)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
