"""holdout233: ten ORDINARY draft contracts (no tricks), their labels, and checks.

Writes the .txt/.md files, builds the .docx/.pdf through ../word_pdf.py (wrap_words=True), asserts price and payment
sums, re-applies the policy rules (policy.md section 3/4) to the planned terms and asserts the result equals the plan,
writes the .json labels, then reads every built file back and scans it for figures sitting on a policy threshold.
Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}     # key -> text (markup for docx/pdf, plain for txt/md)
FILES = {}   # key -> (file name, format)

FILES["z01"] = ("h233z01_hrss_employment_job_matching_platform.docx", "docx")
SRC["z01"] = """T:就业公共服务及人岗智能匹配平台建设项目合同书
P:合同编号：RSJ-ZFCG-2027-0318　　采购方式：公开招标　　项目编号：ZFCG-2027-GK-0211
P:甲方（采购人）：某市人力资源和社会保障局　　地址：某市人民路188号
P:乙方（供应商）：某市智联就业信息技术有限公司　　地址：某市高新区云杉路27号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方就业公共服务及人岗智能匹配平台建设事宜订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方为甲方建设就业公共服务及人岗智能匹配平台（以下简称“平台”），包括求职者服务端、用人单位服务端、经办人员工作台、招聘会管理、岗位智能推荐、就业失业登记对接、数据统计分析等功能模块，具体功能以招标文件第三章《采购需求》及乙方投标文件为准。
P:1.2 乙方提供平台基础软件的永久使用许可，并按甲方需求完成定制开发、部署实施、数据对接及培训。平台部署于甲方指定的政务云环境，乙方不得擅自将平台或数据迁移至其他环境。
P:1.3 本项目建设工期为合同签订之日起一百五十日内完成上线试运行，试运行期为六十日。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰玖拾贰万元整（¥2,920,000），为固定总价，包含软件许可、定制开发、部署实施、数据对接、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|平台基础软件永久许可（含求职、招聘、经办三端）|1套|1,180,000
TB:2|定制开发（人岗智能匹配、招聘会管理、统计分析）|1项|1,460,000
TB:3|部署实施及数据对接（社保、市场监管、教育部门接口）|1项|238,000
TB:4|培训（经办人员及系统管理员）|1项|42,000
TB:合计| | |2,920,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%，即¥584,000，作为预付款。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,314,000。
P:3.3 平台试运行结束并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥1,022,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条　验收
P:4.1 初步验收：平台部署完成后，乙方提交初验申请及测试报告，甲方组织对照《采购需求》功能清单逐项测试，全部功能可正常使用、接口数据比对一致、第三方安全测评无高危漏洞的，签署初验报告。
P:4.2 最终验收：试运行期满后，甲方组织专家进行最终验收。验收标准为：（一）试运行期间未发生一级故障；（二）人岗匹配推荐准确率经抽样评估达到招标文件要求；（三）页面平均响应时间不超过2秒，并发用户不少于3000人；（四）技术文档、源代码及操作手册完整移交。
P:4.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条　服务水平
P:5.1 质保期内平台月度可用率不低于99.95%（计划内维护且经甲方同意的时段除外）。
P:5.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场或远程介入，6小时内恢复；二级故障（部分功能不可用）2小时内响应，次日内解决；三级故障（一般问题）一个工作日内响应。
P:5.3 乙方未按时响应的，每迟延一小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维保款或履约保证金¥2,000。
H:第六条　质保及质保期满后的维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及7×24小时技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台基础软件许可价格的9%，即每年不超过¥106,200，该价格自质保期满起三年内不得上调。续签维护合同须另行书面签订，不自动续期。
H:第七条　数据安全与数据归属
P:7.1 平台中的求职者信息、用人单位信息、就业失业登记数据、业务日志及统计结果均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、用于其他目的或向任何第三方提供。
P:7.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等安全措施；乙方运维人员须经甲方审批，通过堡垒机访问，所有操作留痕。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因导致的，乙方承担全部责任，赔偿甲方及相关个人的损失。
H:第八条　保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、业务资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第九条　知识产权
P:9.1 乙方为本项目定制开发的程序、源代码、接口、文档等成果的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方权利。
H:第十条　违约责任
P:10.1 乙方未按约定工期完成上线试运行或通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下对甲方承担的赔偿责任（含违约金）累计以合同总价的50%为限，但因乙方故意或重大过失、侵犯知识产权或违反第七条造成的损失除外。
H:第十一条　分包
P:乙方可以将数据对接中的接口适配、现场培训等非主体、非关键性工作分包给具有相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方就分包工作向甲方承担责任。
H:第十二条　合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在十五日内移交已完成的成果、源代码及全部甲方数据，并配合甲方完成与后续供应商的交接，不得以任何理由扣留。
P:12.4 因乙方原因解除合同的，乙方应退还甲方已支付但未获验收部分的款项。
H:第十三条　法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条　其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市人力资源和社会保障局　　代表：__________　　日期：____年__月__日
P:乙方（盖章）：某市智联就业信息技术有限公司　　代表：__________　　日期：____年__月__日
"""

FILES["z02"] = ("h233z02_steel_pipe_eddy_current_flaw_detectors.txt", "txt")
SRC["z02"] = """涡流探伤设备采购及维保合同

合同编号：GG-SB-2027-046
买方（甲方）：某钢管股份有限公司
卖方（乙方）：某无损检测仪器有限公司
签订地点：甲方公司所在地

鉴于甲方焊管车间及无缝管精整线需要配置在线涡流探伤设备，乙方为专业生产涡流检测设备的企业，双方经友好协商，订立本合同。

一、合同标的及价格
（一）乙方向甲方供应在线多通道涡流探伤设备四套，用于外径60毫米至273毫米钢管的在线检测，并负责安装、调试、培训及质保期内服务。
（二）分项价格（人民币，含税含运保费）：
1. 多通道涡流探伤仪主机：4台×386,000元＝1,544,000元；
2. 穿过式探头及线圈组：4套×58,500元＝234,000元；
3. 退磁及喷标装置：4套×42,000元＝168,000元；
4. 探伤分析软件许可（永久）：4套×36,000元＝144,000元；
以上设备及软件小计：2,090,000元；
5. 安装调试及与轧线PLC联调：126,000元；
6. 操作及维修人员培训：24,000元。
合同总价：人民币贰佰贰拾肆万元整（2,240,000元）。
（三）上述价格为固定价格，合同履行期间不作调整。

二、交货
（一）乙方应于合同生效后九十日内将全部设备运至甲方指定车间，并提供装箱单、合格证、出厂检验报告及使用说明书。
（二）设备到货后由双方共同开箱清点，签署到货签收单。到货签收仅表示数量及外观清点无误，不代表质量验收。

（三）乙方应负责设备的包装，包装应适合长途运输及防潮、防震要求，因包装不当造成的损坏由乙方负责。
（四）设备在交付签收前的毁损、灭失风险由乙方承担。


三、付款
（一）合同生效后十个工作日内，甲方支付合同总价的10%，即224,000元，作为预付款。
（二）设备全部到货并签收后十五个工作日内，甲方支付合同总价的55%，即1,232,000元。
（三）设备通过最终验收后十五个工作日内，甲方支付合同总价的35%，即784,000元。
（四）乙方应在每次付款前开具等额增值税专用发票。

四、安装调试与验收
（一）乙方应在到货后三十日内完成安装调试，并配合甲方完成与生产线PLC的信号联调。
（二）验收标准：
1. 对甲方提供的人工刻伤对比样管（通孔直径1.2毫米及纵向刻槽）连续十次通过检测，每次均全部检出并准确喷标，检测灵敏度符合GB/T 7735的验收等级；
2. 在线检测速度不低于每分钟60米；
3. 误报率不超过千分之五；
4. 连续稳定运行七十二小时无故障；
5. 技术资料、软件安装介质及授权文件齐全。
（三）达到上述标准后，双方签署最终验收报告。设备安装完成、甲方试用或支付到货款，均不视为验收合格。验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方有权退货。

（四）乙方应派遣具备无损检测资格证书的工程师负责现场调试，调试期间应遵守甲方安全生产管理制度，佩戴劳动防护用品，因乙方人员违章作业造成的安全事故由乙方负责。
（五）甲方应为乙方现场调试提供必要的电源、压缩空气、吊装设备及配合人员，并安排试验用钢管。

五、质保
（一）质保期为十八个月，自最终验收合格之日起计算。
（二）质保期内，设备及软件的故障维修、零部件更换（易损件探头护套除外）及软件升级均由乙方免费提供。

（三）质保期内乙方每半年对设备进行一次免费巡检，包括探头灵敏度校验、线圈阻抗检测、退磁效果测试及软件运行状态检查，并向甲方提交书面巡检报告。
（四）质保期内因设备故障导致设备停机超过七十二小时的，质保期相应顺延。

六、技术服务响应
（一）故障分级：一级故障指探伤设备停机、无法检测或导致产线停产；二级故障指部分通道失效或误报显著增加；三级故障指一般性问题。
（二）一级故障，乙方应在接到通知后8小时内响应，二十四小时内派工程师到达现场；二级故障一个工作日内响应；三级故障三个工作日内响应。
（三）乙方未按上述时限响应或到场的，每迟延一小时向甲方支付违约金800元，可从应付款中直接扣除。

七、质保期满后的维保服务
（一）质保期满后，甲方可委托乙方提供设备年度维保服务，包括每季度一次定期巡检、探头校准、软件升级及故障维修。
（二）年度维保费用按乙方当年度公布的服务价格表执行，由乙方每年报价，双方另行签订维保合同。
（三）维保期间更换的零部件按乙方届时价格另行收费。

八、数据与信息安全
（一）探伤记录、缺陷图谱、产线参数及生产数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的或向第三方提供。
（二）乙方远程诊断须经甲方设备部门书面批准，通过甲方提供的受控通道接入，会话全程记录；乙方不得在设备中预留未经甲方同意的远程访问通道。
（三）因乙方原因造成甲方生产数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，承担由此造成的全部损失。

九、保密
双方对在合同履行中获知的对方技术资料、工艺参数、商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

十、知识产权
（一）乙方保证所供设备及软件不侵犯第三方知识产权。
（二）乙方为甲方产线专门编制的检测程序、参数配置文件及联调接口程序归甲方所有，甲方可自行修改和使用。设备嵌入式软件及分析软件的知识产权归乙方，甲方享有永久使用权。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（三）乙方所供设备经验收不合格且整改后仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。

（四）乙方所供设备在质保期内同一部件累计发生三次以上同类故障的，乙方应免费更换该部件为全新部件，更换后的部件质保期重新计算。
（五）乙方未按约定提供培训或技术资料的，甲方有权暂扣相应款项，直至乙方补足。

十二、分包
乙方不得将本合同项下的设备制造或安装调试工作转包；确需将现场土建或电缆敷设等辅助工作分包的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

十三之一、培训
乙方应在设备安装调试期间对甲方操作人员不少于十人、维修人员不少于四人进行培训，培训内容包括设备原理、操作规程、参数设置、对比样管校验、常见故障判断及日常保养。培训结束后由乙方组织考核，考核合格的人员方可独立操作设备。

十四、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方根据影响程度协商延期或解除合同。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十六、其他
（一）本合同附件包括：设备技术规格书、供货清单、验收大纲、培训计划。
（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方：某钢管股份有限公司（盖章）　　　　乙方：某无损检测仪器有限公司（盖章）
授权代表：　　　　　　　　　　　　　　　授权代表：
日期：　　年　　月　　日　　　　　　　　日期：　　年　　月　　日
"""

FILES["z03"] = ("h233z03_hotpot_chain_ordering_membership_saas.md", "md")
SRC["z03"] = """# 门店点餐及会员管理云服务合同

**合同编号**：HG-YF-2027-112

**甲方（客户）**：某餐饮管理连锁有限公司（旗下火锅门店60家）

**乙方（服务商）**：某云味信息科技有限公司

甲方经营连锁火锅门店，需统一的扫码点餐、后厨出单、会员储值及营销管理系统。乙方提供“云味”餐饮SaaS服务。双方依据《中华人民共和国民法典》，就乙方向甲方提供云服务及实施服务事宜，达成如下协议。

## 第1条 服务内容

1.1 乙方通过其云平台向甲方60家门店提供扫码点餐、桌台管理、后厨KDS出单、收银对账、库存预警功能，并向甲方总部提供会员中台（会员注册、储值、积分、优惠券、营销活动及经营报表）。

1.2 实施服务：菜品及套餐建档、门店设备部署调试、与甲方现有财务系统及外卖平台的接口对接、门店店长及收银员培训。

1.3 服务期为二十四个月，自全部门店上线验收之日起计算。

## 第2条 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店SaaS订阅 | 60家 × 1,180元/月 × 24个月 | 1,699,200 |
| 总部会员中台订阅 | 9,600元/月 × 24个月 | 230,400 |
| 实施服务（一次性） | 固定价格 | 168,000 |
| 合计 | | 2,097,600 |

2.1 上述费用含税。服务期内新增门店按每店每月1,180元另行计费，不计入本合同总价。

2.2 扫码点餐产生的第三方支付手续费由甲方与支付机构直接结算，与本合同无关。

## 第3条 付款

3.1 本合同不设预付款。

3.2 实施服务费在全部门店上线验收合格后十五个工作日内一次性支付。

3.3 订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后十五个工作日内支付当季费用。

## 第4条 上线验收

4.1 乙方应在合同签订后六十日内完成全部门店部署。每批门店上线前，乙方应完成菜品数据核对、打印及KDS联调、支付及对账测试。

4.2 验收标准：（1）点餐、下单、出单、结账全流程在每家门店实测通过；（2）会员数据从甲方原系统迁移完整，储值余额与积分逐条核对无误；（3）与财务系统日结数据一致；（4）高峰时段（每店同时在线50桌）下单响应不超过1秒；（5）连续七日无一级故障。

4.3 达到上述标准后，双方签署上线验收单。门店试营业或使用本系统不视为验收合格。

4.4 乙方未能按期完成全部门店上线的，每逾期一日，向甲方支付违约金1,500元。

4.5 上线验收后三十日为稳定运行期，期间乙方安排驻场顾问在甲方总部及重点门店提供现场支持，协助门店员工熟悉点餐、收银及会员操作，费用已包含在实施服务费中。

4.6 甲方应在实施期间提供菜品清单、价格、门店网络条件及收银设备信息，并指定总部及各门店对接人。因甲方资料提供延迟导致上线延期的，实施期限相应顺延，乙方不承担违约责任。

## 第5条 服务水平

5.1 乙方保证云平台月度可用率不低于99.5%，计划内维护须安排在凌晨2:00至6:00之间并提前48小时通知甲方。

5.2 故障响应：一级故障（门店无法点餐或收银）1小时内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；三级故障下一工作日响应。乙方提供7×24小时热线服务。

5.3 服务补偿：月度可用率低于承诺值的，按下表减免当月订阅费：低于99.5%但不低于99.0%的，减免5%；低于99.0%但不低于98.0%的，减免10%；低于98.0%的，减免20%。一级故障未按时响应的，每次减免当月总部订阅费的2%。

## 第6条 数据

6.1 甲方会员信息、订单、菜品、储值及经营数据属于甲方所有。

6.2 乙方可在对甲方会员及订单数据进行去标识化处理后，将其用于乙方餐饮行业分析报告、产品改进及算法模型训练，该使用权在合同终止后继续有效。

6.3 乙方采取加密传输、加密存储、访问权限控制及操作日志审计等措施保护甲方数据，平台已通过网络安全等级保护三级测评。发生数据泄露等安全事件的，乙方应在6小时内通知甲方，并承担因其原因造成的损失。

6.4 合同终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除平台中的甲方数据（第6.2条所述的去标识化数据除外）。

6.5 乙方员工访问甲方数据须经甲方门店运营部授权，每次访问留存日志，甲方有权每季度调阅访问记录。

6.6 乙方不得将甲方会员的手机号码、消费记录等个人信息用于向会员推送乙方或第三方的广告。

## 第7条 知识产权

7.1 云平台及其软件的知识产权归乙方所有。

7.2 乙方为甲方专门开发的接口程序、报表模板及菜品数据模板归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 第7条之一 培训与运营支持

7.3 乙方在服务期内每季度为甲方门店新员工提供一次线上集中培训，并提供操作视频和常见问题手册。

7.4 乙方为甲方指定客户成功经理一名，每月与甲方总部复盘系统使用情况、会员活跃度和故障处理情况，并提出优化建议。

7.5 甲方新开门店的，乙方应在收到甲方书面通知后七日内完成新店部署。

## 第8条 保密

双方对因本合同获知的对方商业秘密（包括菜品配方、经营数据、价格策略及技术资料）负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

8.1 乙方员工因履行本合同进入甲方门店或后厨的，应遵守甲方门店卫生及安全管理规定，不得拍摄或对外传播门店后厨及菜品制作过程。

8.2 乙方在宣传材料中使用甲方名称、商标或案例的，应事先取得甲方书面同意。

## 第9条 续期

9.1 服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一年，续期可循环进行。

9.2 每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一期费用的8%，乙方将提前三十日书面通知甲方。

9.3 甲方书面提出不续约的，乙方应按第6.4条交还数据，并在服务期最后三十日内配合甲方完成系统切换，不得提前停止服务。

## 第10条 分包

乙方不得将本合同项下的服务转包。门店设备安装等辅助工作需委托第三方的，应事先取得甲方书面同意。

## 第11条 违约及解除

11.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因乙方违约导致合同解除的，乙方应退还甲方已支付但尚未提供服务部分的费用，并协助甲方完成数据迁移。

11.3 乙方累计赔偿责任以本合同总价的两倍为限，但因乙方故意或数据泄露造成的损失不受此限。

11.4 乙方迟延提供服务或服务中断造成甲方门店无法营业的，除按第5.3条减免费用外，甲方可要求乙方赔偿实际损失。

11.5 合同终止后，乙方应继续保障平台正常访问三十日，以便甲方完成数据迁移和系统切换。

## 第12条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会按其仲裁规则仲裁。

## 第13条 其他

13.1 附件一《门店清单》、附件二《功能清单》、附件三《实施计划》为本合同组成部分。

13.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：某餐饮管理连锁有限公司　　　　乙方（盖章）：某云味信息科技有限公司

日期：　　　　　　　　　　　　　　　　　　　日期：
"""

FILES["z04"] = ("h233z04_district_streetlight_control_platform_om.pdf", "pdf")
SRC["z04"] = """T:路灯智能远程控制平台年度运行维护服务合同
P:项目编号：CGJ-TP-2027-07（竞争性谈判）　　合同编号：CGJ-YW-2027-019
P:甲方：某区城市管理局
P:乙方：某城市照明科技服务有限公司
P:根据本项目竞争性谈判文件、乙方响应文件及成交通知书，甲乙双方按照《中华人民共和国政府采购法》及《中华人民共和国民法典》的规定，就甲方路灯智能远程控制平台年度运行维护服务订立本合同。
H:一、服务范围
P:（一）路灯智能远程控制平台（含服务器端软件、数据库、移动巡查终端应用）的日常运行监控、故障处理、补丁更新、数据备份及恢复演练。
P:（二）辖区内9,800盏单灯控制器的季度巡检、通信状态核查及故障更换，320台集中控制器（含箱变监控终端）的维护保养。
P:（三）开关灯策略调整、节假日亮灯模式设置、能耗统计报表编制，以及配合甲方处理市民热线转办的亮灯类投诉。
P:（四）服务期一年，自2027年1月1日起至2027年12月31日止。服务期满后如需继续服务，由甲方依法重新组织采购或另行签订合同，本合同不自动续期。
H:二、服务费用
P:（一）本合同总价为人民币柒拾万零肆佰元整（¥700,400），明细如下：
P:1. 平台运行维护服务费：¥312,000；
P:2. 单灯控制器巡检及维护：9,800盏×¥18＝¥176,400；
P:3. 集中控制器维护：320台×¥450＝¥144,000；
P:4. 备品备件包干费：¥68,000。
P:（二）上述费用为包干价，含人工、交通、工具、备件及税费。备品备件包干范围以外的大宗设备更换，由甲方另行采购。
H:三、付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付。每季度结束后，甲方根据本合同第六条对乙方进行季度考核，乙方凭考核结果及发票申请付款，甲方在十五个工作日内支付当季服务费¥175,100，并按考核结果扣减。
P:（三）甲方通过国库集中支付方式付款。
P:（四）乙方应对甲方采购的大宗设备更换提供技术支持，包括设备选型建议、安装调试配合及平台接入，相关工作不另行收费。
P:（五）服务期内乙方应建立运维值班制度，夜间亮灯时段安排不少于两名值守人员，确保故障及时发现和处置。
H:四、服务启动与交接
P:（一）乙方应于服务期开始前十日内完成与前任运维单位的交接，包括平台账号、运维文档、备份介质、设备台账及遗留问题清单。
P:（二）交接完成后，乙方提交《服务启动报告》，甲方对照交接清单逐项核验：平台各模块正常运行、设备台账与平台在线数据核对一致、备份可恢复、值守人员到岗。核验合格后甲方签署启动确认。
P:（三）乙方延期完成交接的，每延期一日向甲方支付违约金¥700。
H:五、服务水平
P:（一）平台月度可用率不低于99.95%。
P:（二）故障分级：一级故障指平台整体中断、成片路灯无法控制或夜间大面积不亮；二级故障指单条道路或单个集中控制器故障；三级故障指单灯故障及一般问题。
P:（三）响应及处理时限：一级故障30分钟内响应，1小时内到达现场，3小时内恢复照明控制；二级故障1小时内响应，当夜内处理完毕；三级故障次日内修复。
P:（四）季度单灯亮灯率不低于98%，集中控制器在线率不低于99%。
P:（五）乙方应在每月第五个工作日前提交上月运维月报，内容包括平台运行情况、故障统计及处理情况、巡检完成情况、能耗统计、投诉处理情况及下月工作计划。
P:（六）乙方应于每年汛期、台风季节及重大节日前组织专项巡查，对易积水路段箱变及集中控制器进行重点检查，并向甲方提交专项巡查报告。
P:（七）乙方应每半年组织一次平台数据备份恢复演练和应急预案演练，演练方案及结果报甲方备案。
H:六、考核与扣款
P:（一）甲方每季度按《运维考核细则》对乙方进行考核，考核内容包括可用率、响应时限、亮灯率、巡检完成率和投诉处理情况。
P:（二）一级故障每迟延响应一小时扣款¥1,500；平台可用率每低于承诺值0.01个百分点扣款¥1,000；亮灯率每低于要求一个百分点扣款¥3,000；市民投诉经核实未在规定时间内处理的，每件扣款¥200。
P:（三）季度考核得分低于七十分的，甲方有权扣减当季服务费的10%。
P:（四）甲方每年对乙方服务进行一次综合评价，评价结果作为甲方今后采购的参考依据。乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出，甲方应复核并答复。
P:（五）因市政施工、第三方破坏、电力部门停电等非乙方原因造成的故障，不计入考核，但乙方应及时报告并配合处理。
H:七、数据安全
P:（一）平台中的设备台账、控制策略、能耗数据、运行日志及巡查记录均属于甲方所有，乙方仅能为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方应落实平台安全防护，包括账号权限最小化、双因素认证、操作审计、定期漏洞扫描及异地备份；平台远程运维须经甲方审批并通过堡垒机进行。
P:（三）发生平台被入侵、数据泄露或控制指令被篡改等安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部责任。
P:（四）乙方应建立数据备份制度，平台数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的政务云存储，保存期不少于九十日。
H:八、保密
P:乙方对履约中获知的甲方城市照明设施布局、控制系统参数、账号口令及其他非公开信息负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。
H:九、成果归属
P:乙方在服务期内编制的运维文档、控制策略配置、报表模板及脚本归甲方所有，服务期满时全部移交甲方，甲方可交由后续运维单位使用。
H:十、人员与分包
P:（一）乙方应配备项目经理一名、平台运维工程师两名、外场维护班组两个，人员变更须经甲方同意。
P:（二）乙方不得转包或分包本合同项下的服务。
P:（三）乙方人员进入施工现场应遵守道路作业安全规定，设置警示标志，高空作业须持证上岗，因乙方作业造成的人身伤害、车辆损坏或交通事故由乙方负责。
P:（四）服务期满或合同解除时，乙方应向甲方或甲方指定的后续运维单位完整移交平台账号、运维文档、设备台账、备品备件清单及遗留问题清单，并提供不少于十五日的交接配合。
H:十一、违约责任与合同解除
P:（一）乙方连续两个季度考核不合格，或发生重大安全事故，或有其他严重违约行为经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
P:（二）因乙方原因导致路灯大面积不亮造成第三方人身或财产损害的，由乙方承担赔偿责任。
P:（三）乙方未按本合同约定移交资料或拒不配合交接的，甲方有权从应付服务费中扣留相应款项，直至乙方履行完毕。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十三、其他
P:（一）竞争性谈判文件、乙方响应文件、成交通知书及《运维考核细则》为本合同组成部分。
P:（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某区城市管理局　　　　乙方（盖章）：某城市照明科技服务有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：____年__月__日
"""

FILES["z05"] = ("h233z05_snail_noodle_mes_supplier_template.md", "md")
SRC["z05"] = """# 智造云MES系统软件许可及实施服务合同

（乙方标准合同文本 ZZY-MES-2026 版）

合同编号：ZZY-2027-LZ-035

甲方：某螺蛳粉食品有限公司（以下简称“甲方”）

乙方：某智造云软件股份有限公司（以下简称“乙方”）

甲方因米粉生产、酸笋发酵、汤料包及成品包装车间数字化管理需要，向乙方采购智造云MES系统软件许可及实施服务。双方本着平等互利的原则，签订本合同。

## 一、产品与服务

1. 乙方向甲方提供智造云MES标准版软件许可（含生产计划、工单管理、物料追溯、质量管理、设备管理、看板模块），授权用户数100个，许可方式为永久许可。

2. 乙方根据甲方需求提供定制开发：酸笋发酵批次追溯模块、配料自动称重对接、包装线及喷码机数据采集、金蝶ERP接口。

3. 乙方负责系统安装部署、基础数据初始化及用户培训。

## 二、合同金额

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 智造云MES标准版软件许可（100用户，永久） | 760,000 |
| 2 | 定制开发（发酵追溯、称重对接、包装线采集、ERP接口） | 540,000 |
| 3 | 实施部署及培训 | 100,000 |
| | 合计 | 1,400,000 |

合同总金额为人民币壹佰肆拾万元整（¥1,400,000），含增值税。

## 三、付款方式

1. 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥910,000。乙方收到该款项后开始安排实施。

2. 系统上线运行后十个工作日内，甲方支付合同总金额的35%，即¥490,000。

3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务。

## 四、实施与上线

1. 乙方将根据双方确认的实施计划开展工作，实施周期预计为一百二十日。因甲方需求变更、基础数据准备不及时或现场条件不具备造成的延误，实施周期相应顺延。

2. 系统在甲方生产环境部署完成并开始运行，即视为甲方验收合格。甲方在上线后提出的修改意见，按需求变更处理。

3. 甲方应指定项目负责人，及时提供实施所需的数据、场地及人员配合。

4. 乙方实施人员在甲方厂区工作期间应遵守甲方食品生产卫生管理规定，进入生产车间须更换工作服并接受健康检查。

5. 系统上线前，乙方将对甲方关键用户进行操作培训，培训时间为三天。超出培训时间的额外培训，按每人天3,000元另行收费。

6. 甲方需求变更的，乙方将评估工作量并报价，经双方确认后实施，费用另计。

7. 甲方应自行采购并准备系统运行所需的服务器、数据库、网络设备、工业平板、扫码枪及电子秤，相关设备的兼容性由甲方负责。

## 五、知识产权

1. 智造云MES软件及其相关文档的全部知识产权归乙方所有。

2. 乙方为甲方进行定制开发所形成的程序、源代码、数据模型及文档，其知识产权亦归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或再开发。

3. 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 六、免费维护期

1. 系统上线运行之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

2. 因甲方操作不当、擅自修改配置、硬件或网络故障引起的问题，不属于免费维护范围。

3. 免费维护期内，乙方每月为甲方提供不超过八小时的远程技术支持，超出部分按每小时800元收费。

4. 免费维护期内乙方不提供现场服务。甲方要求现场服务的，差旅费及人天费用由甲方承担。

## 七、技术支持

1. 乙方通过客服热线及远程方式提供技术支持。一级故障（系统无法登录或生产工单无法下达）乙方在48小时内响应；其他问题在五个工作日内响应。

2. 乙方将尽力及时排除故障，但对故障处理时间不作承诺。因系统故障或服务中断造成的任何损失，乙方不承担扣款、赔偿或违约金责任。

## 八、年度维护服务

1. 免费维护期届满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的32%，即每年¥243,200，按年预付。

2. 甲方未购买年度维护服务的，乙方不再提供任何升级、补丁及技术支持。

3. 年度维护服务包括远程技术支持、软件补丁及小版本升级，不包括大版本升级、新功能开发、现场服务及数据修复。大版本升级费用另行报价。

4. 甲方在维护服务中断后重新购买维护服务的，应补缴中断期间的维护费。

## 九、数据

1. 甲方在系统中产生的生产数据、配方参数、质检记录归甲方所有。

2. 乙方对甲方数据采取访问控制、加密存储和备份措施，乙方人员访问甲方数据须经甲方授权并留存日志。因乙方原因导致数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应的赔偿责任。

3. 甲方同意，乙方可对甲方的生产及质检数据进行脱敏处理后，用于乙方产品优化、行业大数据分析及对外发布的行业研究报告。

4. 甲方应对其提供给乙方的数据的真实性、合法性负责。因甲方数据错误导致的追溯结果错误，乙方不承担责任。

5. 乙方可根据产品规划对系统功能进行调整或下线部分功能，并提前三十日通知甲方。

6. 甲方数据的备份由甲方自行负责。乙方仅在实施期间协助甲方制定备份策略。

## 十、保密

双方应对合同内容及履约中知悉的对方商业秘密、技术信息予以保密，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。

4. 乙方有权为甲方提供的服务质量进行回访，并可在征得甲方同意后组织甲方参加乙方举办的行业交流活动。

5. 甲方未经乙方同意，不得将本系统提供给其关联公司或第三方使用，否则乙方有权按软件许可价格另行收取许可费。

## 十一、违约责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。

2. 乙方因实施延误给甲方造成影响的，应积极采取补救措施，尽快完成实施。

3. 任何情况下，乙方均不对甲方的间接损失、利润损失、停产损失承担责任。

4. 乙方对甲方的赔偿总额以甲方实际遭受的直接损失为准，且甲方应提供充分证据证明损失系乙方原因造成。

5. 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作对应的费用，并重新安排实施人员。

## 十二、合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

3. 合同解除的，甲方已支付的款项不予退还，甲方应立即停止使用定制开发成果。

4. 甲方不得在合同履行期间及合同终止后两年内，直接或间接聘用乙方参与本项目的员工，否则应向乙方支付该员工年薪两倍的赔偿金。

## 十三、争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 十三之一、通知

双方通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。一方变更联系方式的，应提前三日书面通知对方。

## 十四、其他

1. 本合同未尽事宜，双方另行协商并签订补充协议。

2. 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：某螺蛳粉食品有限公司　　　　乙方（盖章）：某智造云软件股份有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　　　　　　　日期：
"""

FILES["e01"] = ("h233e01_ornament_maker_design_software_perpetual_licences.docx", "docx")
SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. VGN-YW-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yiwu Starlit Festive Crafts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yiwu, Zhejiang Province (the "Customer"), and Vignole Design Systems S.r.l., a company incorporated in Italy with its registered office on the Isola di Vignole, Venice, Italy (the "Vendor").
H:Recitals
P:(A) The Customer designs and manufactures Christmas ornaments, glass baubles, tree toppers and seasonal decorations for export, and wishes to replace its existing two-dimensional drafting tools with a three-dimensional product-design and rendering system.
P:(B) The Vendor develops and licenses product-design software for the decorative-goods industry and has offered to supply perpetual licences, a customised ornament-shape library, installation and training.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's OrnaForm Studio product-design software and the OrnaForm Render Node software, in object code, together with their user documentation.
P:1.2 "Shape Library" means the customised library of ornament shapes, surface finishes, glitter and paint effects, hanging caps and packaging templates that the Vendor will build for the Customer under clause 3.
P:1.3 "Deliverables" means the Shape Library, the configuration files, the import scripts for the Customer's existing drawings and all documents prepared by the Vendor specifically for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under clause 5.
P:1.5 "Severity 1 Incident" means a failure that prevents all design users at the Customer's site from opening, saving or rendering designs.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's internal business on forty named design seats and four render nodes at the Customer's premises in Yiwu.
P:2.2 The Customer may make backup copies of the Software and may move a seat to another workstation by deactivating it first.
P:2.3 The Software contains no time lock. Licence keys shall not expire and shall not depend on a connection to the Vendor's servers, except for an optional activation step carried out once at installation.
H:3. Services
P:3.1 The Vendor shall install the Software, build the Shape Library from the Customer's catalogue of not fewer than six hundred existing products, import the Customer's existing drawings into the Software, and train the Customer's designers and system administrator.
P:3.2 The Vendor shall complete installation within thirty days, and the Shape Library within ninety days, after the Agreement is signed. The Customer shall provide workstations, network access and catalogue samples in good time.
P:3.3 Training comprises five days of on-site classes in Yiwu, held in Chinese through an interpreter provided by the Vendor, and two days of advanced rendering classes for four key users.
H:4. Price and Payment
P:4.1 The total price is CNY 1,250,000, inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:OrnaForm Studio perpetual design licence|40 seats|21,500|860,000
TB:OrnaForm Render Node perpetual licence|4 nodes|38,000|152,000
TB:Licence subtotal| | |1,012,000
TB:Shape Library customisation| | |186,000
TB:Installation, drawing import and training| | |52,000
TB:Total| | |1,250,000
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 250,000, within fifteen days after signature, against the Vendor's invoice; (b) 45%, CNY 562,500, within fifteen days after the Installation Certificate; and (c) 35%, CNY 437,500, within fifteen days after Final Acceptance.
P:4.3 The Installation Certificate records only that the Software has been installed on the agreed seats and nodes. It is not acceptance, and neither the use of the Software nor any payment shall be treated as acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection bank stated in the invoice. Each party bears its own bank charges.
H:5. Acceptance
P:5.1 When the Shape Library is complete, the Vendor shall notify the Customer, and the parties shall run the acceptance tests set out in Schedule 2 within fifteen working days.
P:5.2 The acceptance criteria are: (a) all forty seats and four render nodes licensed and working; (b) at least six hundred shapes in the Shape Library, each with correct dimensions within 0.2 mm of the catalogue drawing; (c) a photo-realistic render of a standard twelve-piece bauble set completed in under three minutes on one render node; (d) at least ninety-five of every hundred imported drawings opening without manual correction, the remainder corrected by the Vendor; and (e) ten consecutive working days of use without a Severity 1 Incident.
P:5.3 If the criteria are met, the Customer shall issue the Final Acceptance certificate. If they are not met, the Vendor shall correct the defects within fifteen days at its own cost and the tests shall be repeated.
H:6. Warranty
P:6.1 The Vendor warrants that for eighteen months from Final Acceptance the Software and the Deliverables will perform substantially in accordance with their documentation and Schedule 1.
P:6.2 During the warranty period the Vendor shall correct defects free of charge, supply all updates and new versions released for the Software, and provide the support described in clause 7.
H:7. Support Service Levels
P:7.1 The Vendor shall provide a support desk by telephone, e-mail and remote session in Chinese and English between 08:00 and 20:00 China Standard Time on working days, and on a standby basis at other times for Severity 1 Incidents.
P:7.2 The Vendor shall respond to a Severity 1 Incident within 2 hours and provide a workaround or fix within one working day. Other incidents shall receive a response within one working day.
P:7.3 For each full hour by which a response to a Severity 1 Incident is late, the Vendor shall credit the Customer CNY 1,000 against the next amount due or, if none is due, pay that amount.
P:7.4 Remote sessions take place only when the Customer opens them, and the Customer may end any session at any time.
H:8. Support after the Warranty
P:8.1 After the warranty period, the Customer may order annual support and updates for the licensed seats and nodes. The annual support fee is 11% of the licence subtotal, that is CNY 111,320 per year, and stays fixed for the first three years after the warranty ends.
P:8.2 Annual support is ordered by a separate purchase order for each year. It does not renew automatically, and any later change of the fee must be agreed in writing and shall not exceed 3% per year.
H:9. Intellectual Property
P:9.1 The Vendor keeps all intellectual property rights in the Software.
P:9.2 All rights in the Deliverables, including the Shape Library, vest in the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely, also with other software. The Vendor shall hand over the Deliverables in their native and open formats.
P:9.3 The Customer's designs, drawings and product data remain the Customer's property.
H:10. Customer Data and Security
P:10.1 Customer Data means the designs, drawings, product photographs, customer names and order information that the Vendor accesses during the services. Customer Data belongs to the Customer and the Vendor may use it only to perform this Agreement.
P:10.2 The Vendor shall access Customer Data only at the Customer's premises or through a remote session opened by the Customer, shall not copy Customer Data to its own systems, and shall ensure that its staff follow the Customer's information-security rules.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in remedying it, and shall be liable for the losses that its breach of this clause causes.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's unreleased designs and buyer lists, and shall use it only for this Agreement.
P:11.2 This clause survives the end of the Agreement for six years, and for unreleased designs without limit of time.
H:12. Delay
P:12.1 If the Shape Library is not ready for acceptance testing by the date in clause 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:12.2 If the delay exceeds sixty days, the Customer may also terminate the Agreement under clause 14.
H:13. Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:13.2 The limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights, or breach of clauses 10 and 11.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after written notice.
P:14.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Customer keeps the licences already paid for.
H:15. Subcontracting
P:15.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The interpreter for training is approved by this Agreement.
P:15.2 The Vendor remains responsible for the acts and omissions of any subcontractor.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Venice Chamber of Arbitration, with its seat in Venice, Italy. The arbitration shall be conducted in English by a sole arbitrator.
H:17. General
P:17.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Acceptance Tests), is the entire agreement between the parties on its subject.
P:17.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:17.3 This Agreement is made in English and Chinese, in two counterparts each. Both versions have equal force.
P:Signed for Yiwu Starlit Festive Crafts Co., Ltd.: ____________________ Date: ________
P:Signed for Vignole Design Systems S.r.l.: ____________________ Date: ________
"""

FILES["e02"] = ("h233e02_emei_scenic_area_ticketing_saas_order_form.txt", "txt")
SRC["e02"] = """ORDER FORM No. SA-2027-0097
under the Sant'Ariano Cloud General Terms (version 4.3)

Provider: Sant'Ariano Cloud Ticketing S.p.A., with its registered office on the Isola di Sant'Ariano, Venice, Italy ("Provider")
Customer: Mount Emei Scenic Area Tourism Operations Co., Ltd., Emeishan City, Sichuan Province, People's Republic of China ("Customer")

This Order Form and the General Terms printed below form one contract (the "Contract"). If they conflict, this Order Form prevails. At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).

PART A - ORDER DETAILS

A1. Subscribed Service
The Provider's cloud ticketing platform "TicketAriano", covering: online and on-site ticket sales for the scenic area, the cable cars and the sightseeing buses; real-name booking with time slots; QR-code and identity-card gate validation at 28 turnstiles; group and travel-agency accounts; connectors to the Customer's three online travel-agency channels; daily settlement reports; and the visitor-flow dashboard used by the scenic-area command centre.

A2. Subscription Term
36 months from the Service Start Date. The Service Start Date is the day after the Go-Live Certificate is signed under A5. The Contract ends at the end of the Subscription Term unless the parties sign a renewal order. There is no automatic renewal.

A3. Fees
Subscription fee: CNY 26,000 per month x 36 months = CNY 936,000
One-time set-up fee (gate integration, channel connectors, data migration, training): CNY 124,000
Total contract value: CNY 1,060,000
Fees include VAT. Transaction fees charged by payment institutions are settled directly between the Customer and those institutions.

A4. Invoicing and Payment
(a) On signature of this Order Form the Provider invoices the one-time set-up fee and the subscription fee for the first contract year (CNY 312,000), together CNY 436,000, payable within ten days and in any event before the Service Start Date.
(b) The subscription fee for the second and third contract years (CNY 312,000 each) is invoiced at the start of each contract year and payable within thirty days.
(c) Late payments bear interest at 0.02% per day on the overdue amount.

A5. Go-Live
(a) The Provider shall complete configuration, gate integration, channel connectors and migration of the Customer's existing bookings within seventy-five days after signature.
(b) Go-Live tests: (i) online purchase, refund and re-booking for each ticket type; (ii) validation at each of the 28 turnstiles with a throughput of at least 25 visitors per turnstile per minute; (iii) reconciliation of one full day of sales against the payment institutions' statements without difference; (iv) all three channel connectors exchanging inventory and orders; (v) a load test of 8,000 concurrent booking sessions; and (vi) five consecutive days of parallel operation without a Severity 1 Incident.
(c) When all tests are passed, the parties sign the Go-Live Certificate. Use of the platform in parallel operation does not constitute acceptance.
(d) If the Go-Live Certificate is not signed within the period in A5(a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 54,000.

A6. Service Levels
(a) Monthly availability of the booking and validation services: at least 99.95%, measured at the Provider's platform boundary, excluding maintenance windows agreed with the Customer and held between 23:00 and 05:00 China Standard Time.
(b) Incident response: Severity 1 (ticket sales or gate validation unavailable at the scenic area) - response within 30 minutes and a workaround within 2 hours, around the clock; Severity 2 (one function or one channel unavailable) - response within 2 hours; Severity 3 - next working day.
(c) Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly fee. For each started hour by which the response to a Severity 1 Incident is late, the Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.
(d) The Provider reports availability and incidents to the Customer every month.

PART B - GENERAL TERMS

1. Definitions
1.1 "Customer Data" means all data entered into or generated by the platform for the Customer, including visitor names, identity numbers, telephone numbers, booking and payment records, gate logs and visitor-flow statistics.
1.2 "Severity 1 Incident" has the meaning given in A6(b).
1.3 "Personnel" means employees, agents and subcontractors of the Provider.

2. The Service
2.1 The Provider shall provide the subscribed service in accordance with the Order Form and the documentation, with reasonable skill and care, and shall keep the platform compliant with the rules on real-name ticketing applicable to scenic areas in the People's Republic of China.
2.2 The Provider may improve the platform from time to time, provided that no change reduces the functions or service levels in the Order Form.

2.3 The Provider shall keep sufficient capacity for the peak holiday periods notified by the Customer, including the Spring Festival, the May Day holiday and the National Day Golden Week, and shall run a load test with the Customer at least three weeks before each of them.
2.4 The Provider shall give the Customer at least thirty days' notice of any change to the interfaces used by the gates or the channel connectors, and test the change with the Customer before release.

3. Hosting and Data Security
3.1 The platform and all Customer Data are hosted in data centres in mainland China operated by a licensed cloud provider and filed under the Multi-Level Protection Scheme at level 3.
3.2 The Provider shall apply encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all access to personal information, and quarterly vulnerability scans.
3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall take all steps necessary to contain it, shall cooperate with the Customer's notifications to authorities and visitors, and is liable for the losses caused by incidents attributable to the Provider.
3.4 The Provider processes personal information as an entrusted party under the Personal Information Protection Law, only on the Customer's documented instructions.

4. Customer Data
4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the service to the Customer and shall not sell, disclose or otherwise use it.
4.2 Within thirty days after the Contract ends, the Provider shall return all Customer Data in CSV format and then delete it, and shall confirm the deletion in writing.

5. Intellectual Property
5.1 The Provider owns the platform and all its standard components.
5.2 The gate-integration adapters, channel-connector mappings, report templates and configurations made for the Customer belong to the Customer, which may use, modify and let a successor provider use them freely.

6. Confidentiality
6.1 Each party shall keep confidential the other party's non-public information, including visitor statistics, pricing and technical information, and shall use it only for the Contract.
6.2 This obligation lasts during the Contract and for three years after it ends.

7. Subcontracting
7.1 The Provider may use subcontractors, including hosting providers, local implementation partners and support partners, to perform any part of the service.
7.2 The Provider shall inform the Customer in writing of any new subcontractor at least fifteen days before it starts work. The Provider remains responsible for its subcontractors.

8. Liability
8.1 Neither party is liable for indirect or consequential loss or loss of profit.
8.2 The Provider's total liability arising out of or in connection with the Contract in any year is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.
8.3 The limits in 8.1 and 8.2 do not apply to liability for personal injury, fraud or wilful misconduct.

9. Term and Termination
9.1 Either party may terminate the Contract by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
9.2 The Customer may also terminate if the Go-Live Certificate has not been signed within sixty days after the date in A5(a).
9.3 On termination by the Customer for the Provider's breach, the Provider shall refund the prepaid fees for the period after termination and support the transfer to a successor for up to ninety days.

10. Force Majeure
A party is not liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it informs the other party promptly. If such an event lasts more than sixty days, either party may terminate.

11. Governing Law and Disputes
11.1 The Contract is governed by the laws of the People's Republic of China.
11.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The language of arbitration is Chinese.

12. General
12.1 Notices shall be in writing and sent to the addresses in this Order Form.
12.2 Amendments require a written document signed by both parties.
12.3 The Contract is made in English and Chinese. Both texts are equally authentic.

Signed for the Provider: ____________________   Date: __________
Signed for the Customer: ____________________   Date: __________
"""

FILES["e03"] = ("h233e03_zhangzidao_scallop_farm_water_sensors.pdf", "pdf")
SRC["e03"] = """T:Purchase Contract for Marine Water-Quality Monitoring Equipment
P:Contract No. ZZD-EQ-2027-006
P:Buyer: Zhangzidao Blue Ocean Aquaculture Co., Ltd., Changhai County, Dalian, Liaoning Province, People's Republic of China (the "Buyer")
P:Supplier: Sarón Marine Instruments S.L., with its registered office on the Isla Sarón, Spain (the "Supplier")
P:The Buyer farms bottom-sown and raft-cultured scallops in the waters around Zhangzidao Island. To give early warning of low dissolved oxygen, temperature shocks and algal blooms, the Buyer is buying a network of water-quality buoys. This Contract is on the Buyer's standard terms. At the Buyer's request, all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install at sea and commission: forty-eight multi-parameter monitoring buoys measuring water temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll-a at two depths; six shore and platform gateways with 4G and LoRa links; and the SaronWatch monitoring software with a perpetual licence for the Buyer's monitoring centre.
P:1.2 The Supplier shall also configure alarm thresholds with the Buyer's aquaculture technicians, connect the software to the Buyer's SMS alert service, and train the Buyer's staff.
P:1.3 Detailed specifications are in Annex 1 (Technical Specification) and the positions of the buoys in Annex 2 (Deployment Plan).
H:Article 2 Price
P:2.1 The Contract Price is CNY 2,340,000, including VAT, customs duties, transport to Zhangzidao, insurance and all services, as follows:
P:Multi-parameter monitoring buoys: 48 x CNY 36,800 = CNY 1,766,400
P:Shore and platform gateways: 6 x CNY 24,500 = CNY 147,000
P:SaronWatch software, perpetual licence: CNY 168,000
P:Hardware and licence subtotal: CNY 2,081,400
P:Installation at sea, mooring and commissioning: CNY 236,600
P:Training: CNY 22,000
P:Total: CNY 2,340,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange-rate changes.
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 234,000, within fifteen working days after signature, against an advance-payment guarantee from a bank in mainland China.
P:3.2 The Buyer shall pay 55%, CNY 1,287,000, within fifteen working days after the Installation Certificate is signed.
P:3.3 The Buyer shall pay the remaining 35%, CNY 819,000, within fifteen working days after Final Acceptance.
P:3.4 The Installation Certificate confirms only that the equipment has been delivered and moored in the positions of Annex 2. It is not acceptance of quality or performance.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the equipment to the Buyer's base at Zhangzidao port within one hundred days after signature, and complete mooring and commissioning within forty days after delivery, weather permitting.
P:4.2 Days on which the local maritime authority prohibits small craft from going to sea are excluded from the installation period, as recorded in the Buyer's daily log.
P:4.3 If the Supplier fails to deliver or to complete installation on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.03% of the Contract Price for each day of delay, up to 5% of the Contract Price.
P:4.4 The Supplier's boats and divers working in the farming area shall follow the instructions of the Buyer's sea-area manager, keep clear of the raft lines and bottom-sown areas, and compensate the Buyer for any damage to scallops, rafts or gear that they cause.
P:4.5 The Supplier shall provide the Buyer with the mooring design, anchor weights and the certificate of the buoy hulls before installation, and shall obtain the Buyer's approval of the installation method.
H:Article 5 Acceptance
P:5.1 After commissioning, the parties shall run a trial operation of thirty consecutive days.
P:5.2 Final Acceptance requires that: (a) every buoy reports all parameters at least every ten minutes, with at least ninety-eight of every hundred scheduled readings received at the monitoring centre; (b) the readings of each sensor agree with laboratory samples taken by the Buyer within the tolerances of Annex 1; (c) alarms reach the Buyer's duty phones within two minutes after a threshold is crossed; (d) buoys, moorings and gateways withstand the trial period without loss or damage; and (e) all documents, calibration certificates and software media have been handed over.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate. Otherwise the Supplier shall remedy the defects at its cost and the trial shall be repeated for the affected equipment.
H:Article 6 Warranty
P:6.1 The Supplier warrants the equipment and software for twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment, recalibrate sensors and supply software updates free of charge, including the cost of boats and divers.
P:6.2 Consumable anti-fouling wipers and sensor membranes are covered for the first six months only.
H:Article 7 Technical Support
P:7.1 A Critical Fault is a failure of the monitoring centre software, or of a gateway, or of three or more buoys at the same time.
P:7.2 The Supplier shall respond to a Critical Fault within 10 hours after the Buyer's notice, by telephone or remote session through its service partner in Dalian, and restore service within three days, weather permitting. Other faults shall receive a response within two working days.
P:7.3 For each full hour by which the response to a Critical Fault is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep a stock of spare buoys, sensors and gateway parts at its service partner in Dalian sufficient to replace at least four buoys and one gateway at short notice.
P:7.5 The Supplier shall send the Buyer a monthly report during the warranty period listing the faults notified, the response and restoration times, the sensors recalibrated and the parts replaced.
H:Article 8 Service after the Warranty
P:8.1 After the warranty period, the Supplier shall, if the Buyer so requests, provide annual maintenance comprising two service visits per year, recalibration of all sensors, replacement of membranes and software updates.
P:8.2 The annual maintenance fee is 9% of the hardware and licence subtotal, that is CNY 187,326 per year. This fee is fixed for the first three years after the warranty and any later adjustment requires the Buyer's written agreement.
P:8.3 The Supplier shall keep spare parts for the buoys and gateways available for at least eight years after Final Acceptance, and shall give the Buyer one year's notice before any model is discontinued.
H:Article 9 Monitoring Data
P:9.1 All measurements, alarms, logs and reports produced by the equipment belong to the Buyer.
P:9.2 The Supplier may use the monitoring data only for the purposes of this Contract.
P:9.3 The Supplier shall return any copies of monitoring data it holds when the Contract ends.
H:Article 10 Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's farming areas, stocking densities, harvest plans, monitoring results and any other non-public information obtained in performing this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for three years after the end of the Contract.
H:Article 11 Intellectual Property
P:11.1 The Supplier warrants that the equipment and software do not infringe the rights of any third party, and shall indemnify the Buyer against claims of infringement.
P:11.2 The alarm configurations, deployment plans and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely. The SaronWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent.
P:12.2 The Buyer hereby consents to the use of the Supplier's service partner in Dalian named in Annex 3 for installation at sea and local support. The Supplier remains responsible for that partner.
H:Article 13 Termination
P:13.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after the Buyer's notice, or if the liquidated damages under Article 4.3 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment not accepted and remove it at its own cost.
H:Article 14 Force Majeure
P:Typhoons, sea ice, storms and other events beyond the parties' control that prevent performance excuse the affected party for their duration, provided the party informs the other promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The language of arbitration is Chinese, and the Supplier shall bear its own interpretation costs.
H:Article 16 Miscellaneous
P:16.1 The Annexes form part of this Contract. Amendments require a written agreement signed by both parties.
P:16.2 The Contract is made in Chinese and English, in four originals. Both versions have equal force.
P:Buyer: Zhangzidao Blue Ocean Aquaculture Co., Ltd. Authorised signatory: ____________ Date: ________
P:Supplier: Sarón Marine Instruments S.L. Authorised signatory: ____________ Date: ________
"""

FILES["e04"] = ("h233e04_dongguan_furniture_managed_it_service_desk.md", "md")
SRC["e04"] = """# Managed IT and Service Desk Agreement

**Agreement reference:** SFD-MS-2027-031

**Customer:** Dongguan Oakline Furniture Export Co., Ltd., Houjie Town, Dongguan, Guangdong Province, People's Republic of China ("Customer")

**Provider:** San Francesco Managed Services S.r.l., registered office on the Isola di San Francesco del Deserto, Venice, Italy, acting in China through its Shenzhen branch office ("Provider")

## Background

The Customer makes solid-wood and upholstered furniture in three factories in Dongguan and exports most of its output to Europe and North America. Its in-house IT team of two people can no longer support 420 users, the factory networks and the export-documentation systems. The Customer therefore wishes to outsource its service desk, end-user support and infrastructure management to the Provider. At the Customer's request, all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 **Services** means the managed services described in clause 2 and Schedule A.

1.2 **Transition** means the onboarding project in clause 3, ending with Transition Acceptance.

1.3 **P1 Incident** means an incident that stops a factory's production planning, shipping or export-documentation systems, or that affects more than fifty users at the same time.

1.4 **Customer Data** means all data held on the Customer's systems or handled by the Provider in performing the Services, including employee records, customer orders, designs, price lists and shipping documents.

## 2. Services

2.1 The Provider shall provide: (a) a bilingual (Chinese and English) service desk by telephone, e-mail, chat and portal, 07:30 to 21:00 Monday to Saturday, with on-call cover for P1 Incidents at all other times; (b) on-site end-user support at each factory by one resident engineer on working days; (c) management and monitoring of the Customer's servers, storage, backups, firewalls, switches and Wi-Fi networks; (d) patching and antivirus management for about 420 desktops and laptops; (e) administration of the Customer's e-mail and office-software tenant; and (f) a monthly service report and review meeting.

2.2 The Services exclude application development, the purchase of hardware or software licences, and support for systems the Customer's overseas buyers host.

## 3. Transition

3.1 The Provider shall carry out Transition within sixty days after signature: discovery and documentation of the Customer's systems, knowledge transfer from the in-house team, set-up of the service-desk tools and monitoring, and a two-week shadow period.

3.2 Transition Acceptance requires: (a) an asset and configuration inventory covering every server, network device and user device, agreed with the Customer; (b) run-books for all critical systems; (c) successful test restores of the ERP database and the file server; (d) monitoring alerts for all critical systems tested end to end; and (e) the service desk handling all tickets during the shadow period. When these are met, the Customer signs the Transition Acceptance certificate.

3.3 If Transition Acceptance is delayed beyond the period in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,100 for each day of delay.

## 4. Charges and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | CNY 58,000 x 24 months | 1,392,000 |
| Transition (one-time) | fixed price | 76,000 |
| **Total** | | **1,468,000** |

4.1 The Term is twenty-four months from Transition Acceptance.

4.2 The Transition charge is invoiced after Transition Acceptance. Monthly service charges are invoiced quarterly in arrears. No charge is payable in advance.

4.3 The Customer shall pay each invoice within thirty days after receipt. Charges include VAT.

4.4 Additional users beyond 460 are charged at CNY 120 per user per month, agreed by change request.

## 5. Service Levels

5.1 The Provider aims to meet the following service levels, measured monthly:

| Priority | Response | Resolution target |
|---|---|---|
| P1 | 1 hour, at any time | 6 hours |
| P2 | 2 business hours | 1 business day |
| P3 | 8 business hours | 3 business days |
| Service requests | 1 business day | 5 business days |

5.2 The Provider shall answer at least ninety of every hundred service-desk calls within thirty seconds.

5.3 The service levels are targets. The Provider shall report its performance against them in the monthly service report and, where a target is missed, present an improvement plan at the next review meeting. No service credits, fee reductions or other compensation apply to a missed service level.

5.4 The Provider shall keep the service-desk tool, the knowledge base and the monitoring dashboards available to the Customer's IT manager at all times, with read access to all tickets and their history.

5.5 At each monthly review meeting the parties shall review ticket volumes, trends, recurring incidents, planned changes and the status of improvement plans, and agree actions with owners and dates.

5.6 Changes to the Customer's servers, network devices and firewalls require a change request approved by the Customer's IT manager, except emergency changes needed to restore a P1 Incident, which shall be reported within one business day.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy it to systems outside the Customer's environment.

6.2 The Provider shall follow the Customer's information-security policy; access the Customer's systems only through named accounts with multi-factor authentication and through the Customer's jump server; keep access logs for at least one hundred and eighty days; screen its engineers before assignment; and apply security patches rated critical within seven days of release.

6.3 The Provider shall report any security incident affecting Customer Data or the Customer's systems within 2 hours after detection, take all reasonable steps to contain it, and bear responsibility for the losses caused by incidents attributable to its breach of this clause.

6.4 At the end of the Term, the Provider shall hand back all credentials and documentation, and delete any Customer Data remaining in its service tools.

6.5 The Provider shall keep the backup schedule agreed in Transition, check every backup job each working day, and carry out a test restore of a critical system every quarter, with the result recorded in the monthly service report.

## 7. Documentation

The inventory, run-books, network diagrams, scripts and configurations produced by the Provider for the Customer belong to the Customer and may be used, modified and handed to any successor provider without restriction.

7.1 The Provider shall keep the documentation current and give the Customer a complete copy at the end of each quarter and whenever the Customer asks for it.

7.2 Passwords and credentials shall be kept in the Customer's password vault, never in the Provider's own tools.

## 8. Personnel and Subcontracting

8.1 The Provider shall assign a service delivery manager and name the resident engineers. Replacement of named personnel requires ten days' notice and a handover.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

8.3 The Provider shall ensure that its engineers on the Customer's sites follow the factories' safety rules, including fire-safety rules in the finishing and upholstery workshops.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in clause 4.

9.2 The limit does not apply to death or personal injury, wilful misconduct, or breach of clause 6.

## 10. Term and Ending

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically. Any extension requires a new written agreement.

10.2 Neither party may terminate this Agreement before the end of the Term, except that either party may end it by written notice if the other party becomes insolvent or enters liquidation, or if a force majeure event prevents performance for more than ninety days.

10.3 If the Provider fails to perform, the Customer's remedies are to require performance, to deduct the delay payments in clause 3.3 and to claim damages under clause 9.

10.4 At the end of the Term, the Provider shall support the transfer of the Services to the Customer or a successor for up to sixty days at the rates in Schedule B.

## 11. Force Majeure

Neither party is liable for failures caused by events beyond its reasonable control, including natural disasters, epidemics, power failures affecting the whole region and government orders, provided it informs the other party promptly.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan under its rules in force at the time.

## 13. General

13.1 Schedule A (Service Description) and Schedule B (Rates) form part of this Agreement.

13.2 Amendments must be in writing and signed by both parties. Notices shall be sent by registered mail or e-mail to the addresses in the signature block.

13.3 This Agreement is made in English and Chinese; both versions have equal force.

**For the Customer:** ______________________ Date: ____________

**For the Provider:** ______________________ Date: ____________
"""

FILES["e05"] = ("h233e05_yunnan_coffee_food_safety_certificate_api.txt", "txt")
SRC["e05"] = """SUBSCRIPTION AGREEMENT - CERTIFICATE DATA API SERVICE

Agreement No. LID-API-2027-052

Between:
Pu'er Highland Coffee Trading Co., Ltd., Simao District, Pu'er City, Yunnan Province, People's Republic of China (the "Customer"); and
Lido Compliance Data S.r.l., with its registered office on the Isola del Lido, Venice, Italy (the "Supplier").

WHEREAS
(A) The Customer exports green coffee beans grown in Yunnan to buyers in the European Union, Japan and the Middle East, and must supply with each shipment food-safety and phytosanitary certificates, laboratory results for mycotoxins and pesticide residues, and origin documents.
(B) The Supplier operates an API service that issues, verifies and archives food-safety certificate data and connects to accredited laboratories and to importers' compliance portals.
(C) The Customer wishes to connect its export-management system to the Supplier's API. At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

IT IS AGREED as follows.

1. DEFINITIONS
1.1 "API Service" means the Supplier's certificate data API, its developer portal, the certificate archive and the verification links given to importers.
1.2 "Customer Data" means all data the Customer or its laboratories submit to the API Service, and all certificates, results, lot records and logs generated for the Customer.
1.3 "Integration" means the one-time project in clause 3 connecting the Customer's export-management system to the API Service.
1.4 "Severity 1 Incident" means that certificate issuance or verification is unavailable to the Customer or to importers.

2. THE API SERVICE
2.1 The Supplier shall provide the API Service for twenty-four months from the Integration Acceptance date (the "Term"), covering up to 1,800 shipment lots per contract year, with unlimited verification requests by importers.
2.2 The API Service includes: certificate templates for the Customer's destination markets; automated import of laboratory results from the three accredited laboratories named in Schedule 1; lot-level traceability from farm cooperative to container; a verification link and QR code for each certificate; and an archive of all certificates for the Term plus six years.
2.3 The Supplier shall keep the certificate templates up to date with changes in destination-market requirements and inform the Customer of such changes at least thirty days before they take effect, where the authorities allow.

2.4 The Supplier shall provide a sandbox environment for the whole Term so that the Customer can test changes to its export-management system without affecting live certificates.
2.5 The Supplier shall publish API documentation in English and Chinese and keep each API version available for at least nine months after announcing its replacement.

3. INTEGRATION
3.1 The Supplier shall, within forty-five days after signature, deliver the Integration: API credentials, mapping of the Customer's lot and shipment data, connectors to the three laboratories, and training for the Customer's export team.
3.2 Integration Acceptance tests: (a) issuing test certificates for twenty sample lots covering every destination market, each checked by the Customer's quality manager; (b) automatic import of laboratory results for the same lots without manual correction; (c) verification of each certificate by QR code and link from outside China; (d) response time of the issuance API under two seconds for at least ninety-five of every hundred calls at fifty calls per minute. When all tests pass, the Customer signs the Integration Acceptance certificate. Use of the API Service in testing is not acceptance.
3.3 If the Integration is not accepted within the period in clause 3.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 300 for each day of delay.

3.4 The Customer shall provide test data for the twenty sample lots and access to its export-management system within ten days after signature.

4. FEES AND PAYMENT
4.1 Fees:
    API subscription: CNY 14,500 per month x 24 months   CNY 348,000
    Integration (one-time, fixed)                         CNY  46,000
    Total                                                 CNY 394,000
4.2 The Integration fee is invoiced after Integration Acceptance. The subscription is invoiced quarterly in arrears. Nothing is payable in advance.
4.3 The Customer shall pay each correct invoice within thirty days. Fees include VAT and all charges of the Supplier's connections to the three laboratories.
4.4 Lots above 1,800 per contract year are charged at CNY 35 per lot, invoiced with the next quarterly invoice.

5. SERVICE LEVELS
5.1 Availability: the issuance and verification functions shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Customer at least five days in advance.
5.2 Support: Severity 1 Incident - response within 30 minutes at any time and restoration within three hours; Severity 2 (one market template or one laboratory connector not working) - response within two hours on business days; other requests - next business day.
5.3 Service credits: for each 0.1 percentage point (or part of it) by which monthly availability falls below the commitment, 5% of that month's subscription fee; for each hour (or part of it) by which a Severity 1 response is late, CNY 500. Credits are deducted from the next invoice, or paid at the end of the Term.
5.4 The Supplier shall report availability, incidents and credits to the Customer every month.

6. DATA PROTECTION AND SECURITY
6.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to provide the API Service to the Customer and to the importers the Customer designates, and shall not use it for any other purpose, including analysis or benchmarking.
6.2 Customer Data is stored in data centres in mainland China. Any transfer of personal information abroad, for example to importers' portals, shall be made only on the Customer's instructions and in compliance with the Personal Information Protection Law and the Data Security Law.
6.3 The Supplier shall maintain an information-security management system certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and log all access.
6.4 The Supplier shall notify the Customer within 8 hours after becoming aware of a security incident affecting Customer Data, shall contain and remedy it, and shall be liable for the losses caused by incidents attributable to the Supplier.
6.5 At the end of the Term the Supplier shall export all Customer Data to the Customer and, once the Customer confirms receipt, delete it, except for the certificate archive, which the Supplier keeps for the Customer for the archive period in clause 2.2 under the same protections.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential the other party's non-public information, including the Customer's buyer names, prices, volumes and laboratory results, and shall use it only for this Agreement.
7.2 This clause continues to apply for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY
8.1 The Supplier owns the API Service and its standard templates.
8.2 The data mappings, connector configurations and custom certificate templates made for the Customer belong to the Customer, which may use and modify them freely and hand them to another provider.

9. SUBCONTRACTING
The Supplier shall not subcontract any part of its obligations without the Customer's prior written consent, except that the hosting provider named in Schedule 2 is approved by this Agreement. The Supplier remains responsible for its subcontractors.

10. LIABILITY
10.1 The Supplier's total liability under this Agreement is limited to 200% of the total fees in clause 4.1.
10.2 This limit does not apply to personal injury, fraud, wilful misconduct or breach of clauses 6 and 7.
10.3 The Supplier is liable for a certificate issued with wrong data only where the error is caused by the API Service and not by data submitted by the Customer or its laboratories.

11. TERM, RENEWAL AND TERMINATION
11.1 The Agreement ends at the end of the Term. It may be renewed only by a written agreement signed by both parties; there is no automatic renewal.
11.2 The Customer may terminate the Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if monthly availability falls below 99.5% in two consecutive months.
11.3 The Supplier may terminate by written notice if the Customer fails to pay undisputed fees within sixty days after a reminder.
11.4 On termination the Supplier shall provide the data export in clause 6.5 and keep the verification links working for ninety days.

12. FORCE MAJEURE
Neither party is liable for failure caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effects. Failures of the Supplier's own hosting providers are not force majeure.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The arbitration shall be conducted in Chinese.

14. GENERAL
14.1 Schedule 1 (Laboratories and Markets) and Schedule 2 (Hosting) form part of this Agreement.
14.2 Amendments must be in writing and signed by both parties.
14.3 This Agreement is made in English and Chinese, in two originals each; both versions are equally authentic.

For the Customer: ______________________   Date: ____________
For the Supplier: ______________________   Date: ____________
"""

# ---------------------------------------------------------------- plan: terms, extras, categories, figures, TCO
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


PLAN = {
 # key: (lang, category, terms, extra(sla, ld_stated, capped|None, deemed, value), fee base, annual fee, figures, rules)
 "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 9, False, True,
         True, "PRC", G), (True, True, True, False, 2920000), 1180000, 106200,
         ["99.95%", "30分钟", "千分之一", "50%", "20%", "二十四个月", "9%", "¥106,200", "2,920,000"],
         ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "z02": ("zh", "hardware", T(None, 8, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, None, False, True,
         False, "PRC", G), (True, True, False, False, 2240000), 2090000, None,
         ["8小时", "万分之二", "10%", "十八个月", "乙方当年度公布的服务价格表", "2,240,000"],
         ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"]),
 "z03": ("zh", "cloud", T(99.5, 1, True, "buyer", True, False, True, 1500 / 2097600 * 100, 200, None, True, None, None,
         None, True, True, False, "PRC", S), (True, True, None, False, 2097600), None, None,
         ["99.5%", "1小时内响应", "1,500元", "两倍", "不超过上一期费用的8%", "去标识化", "2,097,600"],
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("zh", "services", T(99.95, 0.5, True, "buyer", True, True, True, 700 / 700400 * 100, None, None, True, None,
         None, None, False, True, False, "PRC", S), (True, True, None, False, 700400), None, None,
         ["99.95%", "30分钟内响应", "¥700", "700,400"], []),
 "z05": ("zh", "software", T(None, 48, False, "supplier", True, False, True, None, None, 65, False, False, 6, 32, False,
         True, None, "PRC", G), (True, False, True, True, 1400000), 760000, 243200,
         ["48小时", "65%", "六个月", "32%", "¥243,200", "即视为甲方验收合格", "1,400,000"],
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("en", "software", T(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
         False, "Italy", G), (True, True, True, False, 1250000), 1012000, 111320,
         ["within 2 hours", "0.08%", "150%", "20%", "eighteen months", "11%", "111,320", "laws of Italy", "1,250,000"],
         ["CR-GOVERNING-LAW"]),
 "e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1060000 * 100, round(6 / 36 * 100, 4),
         436000 / 1060000 * 100, True, None, None, None, False, True, True, "PRC", S),
         (True, True, None, False, 1060000), None, None,
         ["99.95%", "30 minutes", "CNY 900", "six months", "436,000", "36 months", "1,060,000"],
         ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
 "e03": ("en", "hardware", T(None, 10, True, "buyer", False, True, True, 0.03, None, 10, True, True, 24, 9, False, True,
         False, "PRC", G), (True, True, True, False, 2340000), 2081400, 187326,
         ["within 10 hours", "0.03%", "10%", "twenty-four months", "9%", "187,326", "2,340,000"],
         ["CR-DATA-SECURITY", "CR-LD-LOW", "CR-SLA-RESPONSE"]),
 "e04": ("en", "services", T(None, 1, False, "buyer", True, True, False, 1100 / 1468000 * 100, 150, None, True, None,
         None, None, False, False, False, "PRC", S), (True, True, None, False, 1468000), None, None,
         ["1 hour", "CNY 1,100", "150%", "No service credits", "1,468,000"],
         ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "e05": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, True, True, 300 / 394000 * 100, 200, None, True, None, None,
         None, False, True, False, "PRC", S), (True, True, None, False, 394000), None, None,
         ["99.95%", "30 minutes", "CNY 300", "200%", "394,000"], []),
}

SUMS = {  # (parts, total)
 "z01": ([1180000, 1460000, 238000, 42000], 2920000), "z01p": ([584000, 1314000, 1022000], 2920000),
 "z02": ([4 * 386000, 4 * 58500, 4 * 42000, 4 * 36000, 126000, 24000], 2240000),
 "z02p": ([224000, 1232000, 784000], 2240000), "z02h": ([4 * 386000, 4 * 58500, 4 * 42000, 4 * 36000], 2090000),
 "z03": ([60 * 1180 * 24, 9600 * 24, 168000], 2097600), "z04": ([312000, 9800 * 18, 320 * 450, 68000], 700400),
 "z04q": ([175100] * 4, 700400), "z05": ([760000, 540000, 100000], 1400000), "z05p": ([910000, 490000], 1400000),
 "e01": ([40 * 21500, 4 * 38000, 186000, 52000], 1250000), "e01p": ([250000, 562500, 437500], 1250000),
 "e02": ([26000 * 36, 124000], 1060000), "e02p": ([124000, 312000], 436000),
 "e03": ([48 * 36800, 6 * 24500, 168000, 236600, 22000], 2340000), "e03p": ([234000, 1287000, 819000], 2340000),
 "e03h": ([48 * 36800, 6 * 24500, 168000], 2081400), "e04": ([58000 * 24, 76000], 1468000),
 "e05": ([14500 * 24, 46000], 394000),
}
for k, (parts, total) in SUMS.items():
    assert sum(parts) == total, k
for k, pct in [("z01", (20, 584000)), ("z01", (45, 1314000)), ("z01", (35, 1022000)), ("z02", (10, 224000)),
               ("z02", (55, 1232000)), ("z05", (65, 910000)), ("e01", (20, 250000)), ("e01", (45, 562500)),
               ("e03", (10, 234000)), ("e03", (55, 1287000)), ("e03", (35, 819000))]:
    assert PLAN[k][3][4] * pct[0] == pct[1] * 100, (k, pct)
for k in ("z01", "z05", "e01", "e03"):
    assert abs(PLAN[k][4] * PLAN[k][2]["post_warranty_fee_pct"] / 100 - PLAN[k][5]) < 1e-6, k


# ---------------------------------------------------------------- policy section 3 / 4, re-applied to the plan
def tco_share(t, value, base, fee):
    if t["contract_kind"] != G or t["warranty_months"] is None or fee is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (value + fees) * 100


def rules(t, x, base, fee):
    sla, ld_stated, capped, deemed, value = x
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not capped or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base, fee)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01 (Venice)
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rs):
    return "high" if set(rs) & HIGH else ("medium" if set(rs) - LOW else "low")


def label(key):
    lang, cat, t, x, base, fee, figs, planned = PLAN[key]
    got = rules(t, x, base, fee)
    assert got == sorted(planned), (key, got, planned)
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x[2]
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": got}


# ---------------------------------------------------------------- threshold scan (policy section 3 and 4 figures)
CN = "一二三四五六七八九十"
THRESHOLDS = [
    r"(?<![\d.])30\s*%", r"百分之三十(?![" + CN + "])", r"thirty\s+per\s*cent",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|h\b)", r"(?<![\d" + CN + "])四(?:个)?小时", r"(?<![\w-])four\s+hours",
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + CN + "])",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b)", r"(?<![\d" + CN + "])十二个月", r"twelve\s+months",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"(?:one\s+)?hundred\s+per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![" + CN + "])", r"forty\s+per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b)", r"(?<![\d" + CN + "])五年", r"(?<![\w-])five\s+years",
]
RX = [re.compile(p, re.I) for p in THRESHOLDS]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


for bad in ["30%", "百分之三十", "4小时", "四小时", "4 hours", "four hours", "99.9%", "0.05%", "万分之五", "15%",
            "百分之十五", "12个月", "十二个月", "12 months", "twelve months", "100%", "百分之百", "40%", "百分之四十",
            "5年", "五年", "five years", "thirty per cent", "fifteen per cent", "forty percent"]:
    assert hits(bad), bad
for good in ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "0.08%", "万分之二", "115%", "150%", "2027年",
             "二十四个月", "24 months", "140%", "35%", "百分之三十五", "2025年", "6 years", "one hundred and eighty days"]:
    assert not hits(good), (good, hits(good))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    bad = []
    for key, (name, fmt) in FILES.items():
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if PLAN[key][0] == "zh" else re.sub(r"\s+", " ", text)
        for fig in PLAN[key][6]:
            f = re.sub(r"\s+", "", fig) if PLAN[key][0] == "zh" else fig
            if f not in flat and fig not in SRC[key]:
                bad.append((key, "figure missing", fig))
            elif f not in flat:
                bad.append((key, "figure missing in read-back", fig))
        h = hits(text) + hits(flat if PLAN[key][0] == "zh" else "")
        if h:
            bad.append((key, "threshold", sorted(set(h))))
        lang = PLAN[key][0]
        n = size(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        share = tco_share(PLAN[key][2], PLAN[key][3][4], PLAN[key][4], PLAN[key][5])
        print("%-4s %-5s %5d %s  rules=%d risk=%s tco_share=%s" % (key, fmt, n, "ok" if lo <= n <= hi else "OUT",
              len(lab["expected_rules"]), risk(lab["expected_rules"]), None if share is None else round(share, 2)))
        if not lo <= n <= hi:
            bad.append((key, "length", n))
    for b in bad:
        print("PROBLEM", b)
    assert not bad
    print("all checks passed")
