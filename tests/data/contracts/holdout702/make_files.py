"""holdout702: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (from this folder). The .docx/.pdf are built with ../word_pdf.py;
.txt/.md are written as they are. Labels are derived here; the rules are derived from the labels with a reading of
policy §3 and compared with the design list; lengths, thresholds and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市人民来访接待中心来访登记与办理平台采购合同
P:合同编号：LF-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市人民来访接待中心
P:乙方（供应商）：江南政通软件技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就来访登记与办理平台（以下简称“平台”）的软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供来访接待平台软件的永久使用许可（不限用户数，部署于甲方政务外网机房），并在其基础上定制开发来访登记、身份核验、分办交办、督查督办、办理反馈、回访评价及统计分析七个模块。
P:1.2 乙方负责平台与12345政务服务便民热线、省信访信息系统及市政务数据共享交换平台的接口开发与联调，并负责部署、历史来访数据迁移和人员培训。
P:1.3 平台应满足招标文件技术需求书的全部要求。技术需求书、投标文件及中标通知书为本合同组成部分。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾贰万捌仟元整（¥2,228,000），为固定总价，包含乙方为完成本合同所需的一切费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥736,000；系统集成与接口开发费¥214,000；实施与培训费¥98,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥445,600。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,002,600。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥779,800。
P:3.4 乙方每次请款前应开具等额合法发票。甲方通过国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于合同签订后150日内完成试运行并提交最终验收申请。
P:4.2 乙方应在实施前提交实施方案，经甲方确认后执行；实施人员名单及变更须经甲方同意。
P:4.3 乙方应派驻项目经理及不少于四名开发实施人员驻场，每周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 乙方应为甲方来访接待窗口工作人员、分办人员及系统管理员分批开展培训，累计不少于六期，并提交培训记录及考核结果。
P:4.5 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（银行保函形式），有效期至最终验收合格后30日。乙方违约时，甲方可从履约保证金中扣除相应违约金及赔偿款。
H:第五条 验收
P:5.1 初步验收标准：七个模块功能与技术需求书逐项相符；三个外部接口连续10日调用成功率达到99.5%以上且数据一致；历史来访数据迁移后与原系统逐条核对无差错；在300个并发用户下页面响应时间不超过2秒。
P:5.2 最终验收标准：初步验收后试运行60日，期间无一级故障；乙方提交第三方出具的网络安全等级保护测评报告及商用密码应用安全性评估报告，且无高风险问题；竣工文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面形式作出。平台上线使用、甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告及安全漏洞修复记录；国家或省级信访业务规范调整导致的字段和流程小幅变更，乙方免费完成。
P:6.3 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的9%，即每年不超过¥106,200，该价格在质保期满后三年内固定不变。运维服务合同需双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前3日经甲方同意，不计入不可用时间。
P:7.2 一级故障（平台无法登记或办理）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复每超时1小时，甲方可扣减¥800；月度可用率每低于约定0.01个百分点，甲方可扣减¥1,500，在应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 本合同定制开发的模块、接口程序、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应交付全部源代码。甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台标准软件的知识产权仍归乙方，甲方依本合同获得永久使用许可。
H:第九条 数据安全
P:9.1 来访人员个人信息、来访事项及办理记录等全部数据归甲方所有，乙方仅可为履行本合同接触和处理，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，所有运维操作须经堡垒机进行并留存日志，不得将数据拷贝出甲方机房。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或履行完毕后，乙方应将持有的甲方数据全部返还或在甲方监督下彻底删除，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、来访人员信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提交验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十二条 分包与转让
P:12.1 乙方不得转包本合同。未经甲方书面同意，乙方不得将任何部分分包给第三方。
P:12.2 经甲方书面同意分包的，乙方应对分包部分的质量、进度及数据安全向甲方承担全部责任。未经甲方同意，乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的开发成果、源代码、文档及甲方数据，并配合甲方完成平台交接。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，可根据影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""
Z02 = """T:呼啦圈挤出及弯圈生产线控制系统改造合同
P:合同编号：HLQ-GZ-2026-03
P:甲方：义乌市晨跃呼啦圈制品厂
P:乙方：宁波精控自动化工程有限公司
P:甲方现有三条呼啦圈PE管挤出及弯圈成型生产线，控制系统老化，管径波动大，弯圈接口不良率偏高。双方经协商，就生产线控制系统改造（设备、软件及安装调试）和质保期满后的维保服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线的控制系统改造，包括：更换PLC控制柜及伺服驱动；加装挤出机分区温控模块和在线激光测径仪；对弯圈机进行伺服改造，实现定长切断、加热弯圈和接口热熔的自动控制；配置HMI触摸屏及工控机；提供生产线监控软件的永久许可。
P:1.2 乙方负责设备安装、电气接线、程序编写、联机调试、工艺参数整定及操作人员培训，并提交竣工图纸、PLC程序源文件和操作维护手册。
P:1.3 改造施工应利用甲方计划停产时段分线进行，每条线停机时间不超过10日，不影响其余生产线正常生产。
P:1.4 乙方应在合同签订后10日内提交详细改造方案，包括电气原理图、控制逻辑说明、停机计划及安全措施，经甲方书面确认后实施。改造所用主要元器件的品牌和型号应与投标清单一致，确需变更的须经甲方同意，且不得降低档次。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾玖万肆仟元整（¥1,494,000），分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服驱动|3套|486,000
TB:2|挤出分区温控模块及在线激光测径仪|3套|212,000
TB:3|弯圈机伺服改造套件|3套|318,000
TB:4|HMI触摸屏及工控机|3套|74,000
TB:5|生产线监控软件永久许可|1套|260,000
TB:|设备及软件小计||1,350,000
TB:6|安装调试及工艺整定|1项|128,000
TB:7|操作及维护培训|1项|16,000
TB:|合同总价||1,494,000
P:2.2 上述价格含设备运输、保险、安装辅材及税费。质保期满后的维保服务费按第七条另行支付，不含于合同总价。
P:2.3 合同履行期间因甲方要求增加的改造内容，由双方另行书面确认价格后实施。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥149,400。
P:3.2 全部设备到货并完成安装，甲方签收到货单后10个工作日内，支付合同总价的65%，即¥971,100。到货签收不视为验收合格。
P:3.3 三条生产线全部通过最终验收后10个工作日内，支付合同总价的25%，即¥373,500。
P:3.4 乙方应在每次付款前开具相应金额的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将设备运抵甲方工厂，于合同签订后100日内完成三条线的改造并提交验收申请。
P:4.2 乙方逾期交货或逾期提交验收申请的，每逾期一日按合同总价的万分之七向甲方支付违约金。
P:4.3 乙方逾期超过30日仍未完成改造的，甲方除按4.2条收取违约金外，还有权解除合同。
P:4.4 乙方应在每条线改造完成后提交该线的电气接线图、I/O点表和参数设定表，经甲方设备科核对签字后归档。
P:4.5 乙方应对甲方的班组长、操作工及设备维修人员进行现场培训，每条线不少于三个班次，确保甲方人员能够独立完成换规格、参数调整和常见报警处理。
H:第五条 验收
P:5.1 验收标准：连续72小时带料生产无停机故障；管外径波动不超过±0.15毫米；弯圈接口热熔不良率不高于0.8%；单线产能不低于改造前的1.2倍；HMI能实时显示温度、速度、产量及报警信息；监控软件能按班次生成产量和不良品报表。
P:5.2 甲方按上述标准逐线验收并签署验收报告。验收不合格的，乙方应在10日内整改后重新验收。设备投入试生产不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修、更换和升级。
P:6.2 一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单项功能异常）8小时内响应，48小时内处理完毕。
P:6.3 乙方响应或到场每超时1小时，甲方可从应付款中扣减¥500；同一部件在质保期内维修三次以上的，乙方应予更换。
P:6.4 乙方应在甲方厂区存放常用备件一套，包括伺服驱动器、温控模块及测径仪探头，质保期内备件消耗由乙方免费补充。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括每季度一次现场巡检、备件供应、程序维护和远程诊断。
P:7.2 年度维保服务费按设备及软件小计的26%计收，即每年¥351,000，首三个维保年度内固定不变，每年度开始前由甲方支付。
P:7.3 维保期间的故障响应时限和超时扣减标准按第六条6.2、6.3条执行。维保服务按年度续签，甲方可在任一维保年度结束前30日书面通知乙方不再续签。
P:7.4 维保期间更换的部件按乙方投标时提交的备件价格清单结算，该清单价格在首三个维保年度内不上调。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、工艺配方及报表的知识产权归甲方所有，乙方应交付源文件，甲方可自行修改使用。
P:8.2 监控软件标准产品的知识产权归乙方，甲方享有永久使用许可。
H:第九条 数据安全
P:9.1 生产线采集的工艺参数、产量及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN接入并保留操作日志；乙方不得擅自拷贝甲方数据。
P:9.3 发生数据泄露或被篡改的，乙方应在24小时内报告甲方并协助处置；因乙方原因造成损失的，由乙方承担赔偿责任。
P:9.4 乙方在工控机及监控软件中不得预留未经甲方知晓的远程访问通道或后门程序。
H:第十条 保密
P:10.1 双方对在履约过程中获知的对方技术资料、工艺配方、客户信息及商业秘密负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。
H:第十一条 分包
P:11.1 乙方可将现场安装、电缆敷设及电气接线工作分包给具有相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包部分的质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。
P:12.2 合同解除的，乙方应配合将生产线恢复至可运行状态，并移交已完成部分的程序源文件和技术资料。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产制度，动火、登高及带电作业须办理审批手续。因乙方人员违章造成的人身及财产损失由乙方承担。
P:13.2 乙方应为其现场人员购买意外伤害保险，施工完毕后清理现场，并将拆除的旧控制柜及线缆交还甲方。
H:第十四条 不可抗力
P:14.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行，工期相应顺延。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""
Z03 = """连锁滑冰场预约与会员管理系统（SaaS）服务合同

合同编号：BX-SAAS-2026-0218
甲方：北冰洋冰上运动连锁管理有限公司
乙方：杭州云驰体育科技有限公司

甲方在全国经营30家室内真冰滑冰场（以下简称“门店”），拟采用乙方的滑冰场预约与会员管理云服务，统一管理场次预约、教练排课、会员储值、闸机核销和门店营收。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供滑冰场预约与会员管理系统的软件即服务（SaaS），包括线上场次预约、团课及私教排课、会员卡和储值管理、租鞋与储物柜计费、闸机扫码核销、营收统计及总部驾驶舱。
2. 服务通过乙方部署在中国境内的云平台提供，甲方员工通过浏览器和门店收银终端使用，会员通过甲方微信小程序使用。
3. 服务期内乙方应免费提供系统的常规功能升级和安全补丁。
（二）实施服务
1. 乙方负责系统初始化配置、30家门店闸机及收银终端对接、甲方现有会员及储值余额数据迁移、微信小程序定制页面开发，以及门店店长和收银员培训。
2. 乙方应在合同签订后60日内完成全部门店上线。
（三）技术支持
乙方提供7×24小时客服热线及在线工单服务，为甲方总部指定专属客户经理，每季度回访一次，收集门店使用意见并提出优化建议。
（四）甲方职责
甲方应指定项目联系人，按时提供门店网络条件、闸机及收银终端接口资料和原系统数据，并组织门店人员参加培训。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线验收合格之日起计算。每个服务年度为自起算日起的一个周年。
（二）服务期满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费由乙方按其届时公布的价格目录调整，乙方应于续期前书面通知甲方调整后的价格。

三、服务费用
（一）订阅费：每家门店每个服务年度人民币9,600元，30家门店每个服务年度合计288,000元，两个服务年度合计576,000元。
（二）实施费：一次性人民币86,000元。
（三）本合同总价为人民币662,000元。短信、电子发票等按量计费的第三方通道费用由甲方另行直接结算，不含在合同总价内。合同价款已包括云资源、软件升级及技术支持等全部费用，除本合同约定外，乙方不得另行收费。
（四）服务期内甲方新增门店的，按每店每服务年度9,600元并按剩余服务月数折算；关闭门店的，自关闭次月起相应减少订阅费。

四、付款方式
（一）实施费于全部门店上线验收合格后15个工作日内一次付清。
（二）第一个服务年度订阅费于上线验收合格后15个工作日内支付；第二个服务年度订阅费于第二个服务年度开始后15个工作日内支付。
（三）乙方应在甲方付款前开具合法有效的增值税专用发票。

五、上线验收
（一）验收标准：
1. 30家门店全部完成闸机及收银终端对接，扫码核销成功率连续7日不低于99.8%；
2. 会员资料及储值余额迁移后与原系统逐户核对一致；
3. 在2,000个并发预约请求下，下单响应时间不超过2秒；
4. 小程序定制页面与甲方确认的设计稿一致；
5. 总部驾驶舱营收数据与门店收银日报核对一致。
（二）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。不合格的，乙方应在7日内整改后重新验收。门店试用不视为验收合格。
（三）每家门店上线当日起，乙方应安排实施人员驻店支持不少于三个营业日。

六、服务水平
（一）乙方保证系统月度可用率不低于99.5%。
（二）一级故障（全部门店无法预约或核销）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）1小时内响应，8小时内恢复。
（三）月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复每超时1小时，再抵扣当月订阅费的2%。服务抵扣在下一期订阅费中扣减，服务期末在退款中结算。
（四）乙方应每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）系统版本升级应安排在门店营业时间以外进行，并提前3个工作日通知甲方；升级导致已上线功能不可用的，按故障处理。
（六）乙方应提供实时服务状态页面，供甲方总部及门店查询系统运行情况和历史故障记录。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、闸机及收银对接程序和报表模板的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托他人修改使用。
（三）乙方保证所提供的服务不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担责任。

八、数据权属与数据安全
（一）甲方会员信息、预约及消费记录、营收数据等全部业务数据归甲方所有，乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，对会员个人信息加密存储、分级授权访问并保留访问日志，每日备份数据，并每年委托第三方开展一次渗透测试，向甲方提供测试报告摘要。
（三）发生数据泄露、毁损或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除并书面确认。
（五）甲方数据应存储在中国境内，乙方不得向境外传输。

九、保密
双方对履约中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方应与接触甲方信息的员工签订保密协议。保密义务在合同终止后继续有效三年。

十、违约责任
（一）乙方未按第一条约定期限完成全部门店上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期付款的，按应付未付金额的每日万分之三支付违约金。
（四）乙方逾期上线超过30日的，甲方有权解除本合同，乙方应退还已收全部款项。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。

十二、合同解除
（一）一方严重违约，经对方书面催告后15日内未纠正的，守约方有权书面通知解除本合同。
（二）乙方连续两个月可用率低于约定值的，甲方有权解除本合同，乙方退还未使用期间的订阅费。
（三）合同解除或终止的，乙方应提供不少于60日的过渡期服务，配合甲方将数据迁移至新系统，过渡期服务费按当月订阅费标准计收。

十三、不可抗力
因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
附件：1. 功能清单；2. 门店清单（30家）；3. 上线计划；4. 服务水平与抵扣计算示例。

甲方（盖章）：                乙方（盖章）：
"""
Z04 = """救助管理信息系统运行维护服务合同

合同编号：JZGL-YW-2026-01
甲方：某市救助管理站
乙方：湖州恒信信息技术服务有限公司

为保障甲方救助管理信息系统（以下简称“系统”）安全稳定运行，甲方委托乙方提供系统年度运行维护服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：救助管理信息系统，包括求助登记、甄别查询、站内照料、寻亲服务、返乡救助、托养管理、统计报表七个子系统，以及与全国救助管理信息系统、公安人像比对平台和民政一体化平台的数据接口；系统所在的应用服务器、数据库服务器、存储设备和站内网络设备。
（二）服务期限：自2026年1月1日起至2026年12月31日止。服务期满后如需继续委托，双方另行签订合同，本合同不自动续期。

第二条 服务内容
（一）日常运维：每日检查系统运行状态、数据库及接口作业，处理用户报障，做好运维记录。
（二）定期巡检：每月进行一次全面巡检，提交巡检报告，内容包括服务器及数据库性能、存储容量、安全日志、备份有效性和接口数据同步情况。
（三）数据库维护：每日增量备份、每周全量备份，每季度开展一次数据恢复演练。
（四）功能维护：因民政部门业务规范调整引起的表单字段、统计口径和流程节点的小幅调整，乙方在服务费内完成，每次调整应在甲方提出后10个工作日内上线。
（五）安全运维：按网络安全等级保护第二级要求开展漏洞扫描和补丁管理，配合甲方年度等级测评，对测评发现的问题在30日内完成整改。
（六）重大活动保障：寒潮、高温等专项救助行动及节假日期间，乙方安排专人驻站值守。
（七）驻场人员：乙方派驻一名运维工程师，工作日在甲方驻场，非工作时间保持电话畅通。驻场工程师应具备三年以上政务系统运维经验，并持有数据库或网络安全相关认证。
（八）应急管理：乙方应在服务期开始后30日内编制系统应急预案，报甲方审定，并每半年配合甲方开展一次应急演练，演练后提交总结报告。
（九）用户支持：为甲方工作人员提供操作咨询，每半年组织一次系统使用培训，新入职人员可随时申请培训。
（十）资产台账：乙方负责建立并维护系统软硬件资产台账和配置基线，设备变更、账号变更和配置修改应在台账中及时登记，每季度与甲方核对一次。

第三条 服务水平
（一）系统月度可用率不低于99.95%，经甲方同意的计划内维护不计入不可用时间。
（二）故障分级及时限：
1. 一级故障（求助登记或甄别查询无法使用、数据库宕机）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个子系统或接口异常）：1小时内响应，24小时内恢复；
3. 三级故障（一般使用问题）：当日响应，3个工作日内解决。
（三）乙方每月5日前提交上月运维报告，列明可用率、故障处理及巡检情况。
（四）每次故障处理完毕后，乙方应在2个工作日内提交故障分析报告，说明原因、处理过程和防范措施。同类故障一个季度内重复发生的，乙方应提出专项整改方案。

第四条 服务费用及支付
（一）本合同服务费总额为人民币叁拾肆万捌仟元整（¥348,000），包含人工、工具、差旅及税费。
（二）服务费按季度支付，每季度人民币87,000元。每季度结束后，甲方按第五条进行季度考核，考核后15个工作日内支付当季服务费。
（三）季度考核扣减：可用率每低于约定值0.01个百分点，扣减当季服务费1,000元；一级故障每超时1小时扣减800元，二级故障每超时1小时扣减300元。扣减额在当季服务费中直接扣除。
（四）乙方应在每次付款前开具合法有效的发票。

第五条 考核与验收
（一）季度考核依据运维报告、故障记录、巡检报告和驻场考勤进行，考核标准为：可用率和故障时限符合第三条要求；月度巡检和备份全部按时完成；功能调整按时上线。
（二）服务期满时，甲方对全年服务进行总体验收，验收标准为：四个季度考核均已完成；运维文档、配置台账、账号清单和备份介质完整移交；系统运行正常且无未关闭的一级、二级故障。甲方出具书面验收意见。
（三）季度考核或总体验收不合格的，乙方应在10日内整改，整改完成后重新考核或验收。

第六条 数据权属与数据安全
（一）系统中的受助人员身份信息、人像照片、救助记录、寻亲信息及全部业务数据归甲方所有，乙方仅可为履行本合同进行必要的处理，不得用于其他任何用途，不得向任何第三方提供。
（二）乙方应按《数据安全法》《个人信息保护法》建立运维安全管理制度：所有运维操作须经甲方堡垒机进行并留存日志；数据库管理员账号由甲方掌握，乙方临时使用须经审批；严禁将数据复制到非甲方设备或带离甲方场所；测试须使用甲方提供的脱敏数据。
（三）发生数据泄露、篡改、丢失或系统被攻击的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应行政和法律责任。
（四）服务期满或合同终止时，乙方应移交全部运维资料，并删除其持有的甲方数据，出具书面确认。
（五）乙方应对其驻场及远程支持人员进行数据安全和个人信息保护培训，培训记录报甲方备案；人员离岗时应当日注销其全部系统账号。

第七条 知识产权
乙方在服务中编写的运维脚本、巡检工具配置、功能调整代码和运维文档的知识产权归甲方所有，乙方应随运维报告一并交付。

第八条 违约责任
（一）乙方未按第二条约定的时间完成月度巡检、功能调整或安全整改的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致系统数据损毁的，乙方应负责恢复并赔偿甲方损失。
（三）乙方驻场人员无故缺勤的，每缺勤一日扣减服务费500元。
（四）甲方逾期付款的，应按同期贷款市场报价利率支付利息。

第九条 合同的变更与解除
（一）本合同的变更须经双方书面确认。服务期内运维对象增加的，双方协商调整服务费并签订补充协议。
（二）合同期内，双方均不得单方解除本合同；因不可抗力致使合同目的不能实现的除外。

第十条 分包
乙方不得将本合同项下的运维服务转包或分包给第三方。

第十一条 人员管理
乙方驻场人员应遵守甲方站内管理规定，尊重受助人员，不得对受助人员拍照或录像。乙方更换驻场人员应提前10日告知甲方并做好交接，新人员资历不得低于原人员，交接期间不得影响系统运维。乙方人员应经无犯罪记录审查，名单报甲方备案。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，根据影响程度部分或全部免除责任。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：系统资产清单、运维服务记录表、故障分级说明。附件与本合同具有同等效力；本合同未尽事宜，由双方另行协商并以书面补充协议约定。

甲方（盖章）：                乙方（盖章）：
"""
Z05 = """# 刻装云工单追踪系统 软件许可及定制开发合同

**乙方标准合同文本 KZ-HT-V3.0**

合同编号：KZY-2026-0412

甲方（买方）：蔚县红韵剪纸工艺品厂

乙方（卖方）：石家庄刻装云软件有限公司

鉴于甲方拟对剪纸产品的刻纸、染色、装裱、包装各工序实施工单追踪管理，乙方同意向甲方提供“刻装云工单追踪系统”软件许可及定制开发服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供刻装云工单追踪系统V3.0标准版的软件使用许可，授权用户数40个，部署于甲方厂内服务器，可在甲方蔚县本部厂区及两个外协加工点使用。许可为永久许可，但不包括本合同约定以外的功能模块。

1.2 乙方根据甲方需求进行定制开发，包括：刻纸工序扫码报工、计件工资核算、装裱工序质检记录、客户订单进度看板及与甲方财务软件的接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出的新增或变更需求，乙方另行报价，经甲方书面确认后实施，交付期相应顺延。

1.5 系统主要功能包括：工单创建与派工、刻纸图稿版本管理、工序流转扫码、染色批次记录、装裱材料领用、成品入库、订单进度查询、计件工资统计及管理报表。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 刻装云工单追踪系统软件许可（40用户） | 720,000 |
| 2 | 定制开发（扫码报工、计件核算、装裱质检、订单看板、财务接口） | 560,000 |
| 3 | 安装部署及培训 | 100,000 |
| | 合同总价 | 1,380,000 |

合同总价为人民币壹佰叁拾捌万元整。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币897,000元。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即人民币483,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票信息。

## 第四条 交付

4.1 乙方在收到3.1条款项后90日内完成系统部署及定制开发，并通知甲方上线运行。

4.2 甲方应按乙方提供的配置清单自行采购并准备服务器、数据库软件、网络环境及扫码终端，因甲方准备不到位导致延期的，交付期相应顺延。

4.3 乙方为甲方提供两次集中操作培训，每次不超过两天，培训对象为甲方车间主管、质检员及系统管理员。超出部分的培训按乙方收费标准另行计费。

4.4 乙方交付的文档包括安装手册和用户操作手册的电子版。

4.5 乙方完成部署并将系统切换为正式使用状态，即为上线运行。乙方以书面或电子邮件方式通知甲方上线日期。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的意见，乙方在质保期内酌情处理。

## 第六条 质保与维护

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，一级故障（系统无法登录或无法报工）乙方在8小时内响应，二级故障在2个工作日内响应。乙方以远程方式处理为主，确需现场服务的，由双方协商安排。

6.3 免费维护期满后，甲方如需继续维护，应与乙方签订年度维护协议，年度维护费按软件许可费的10%计收，即每年人民币72,000元，三年内不上调。

6.4 下列情形不属于免费维护范围：甲方或第三方擅自修改软件或数据库；甲方服务器、网络或操作系统故障；病毒或不可抗力造成的故障；超出约定用户数使用。上述情形下乙方可提供有偿服务。

6.5 乙方发布的标准版本升级，在免费维护期内和甲方购买年度维护期间免费提供；定制功能的升级适配另行收费。

## 第七条 知识产权

7.1 刻装云工单追踪系统及本合同项下定制开发的全部程序、接口、报表及文档的知识产权归乙方所有。

7.2 甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

7.3 乙方保证其提供的标准软件不侵犯第三方的知识产权。如因此发生纠纷，由乙方负责处理，但因甲方提供的资料或甲方修改引起的除外。

## 第八条 数据

8.1 甲方在系统中录入的订单、工单、计件及质检数据归甲方所有。

8.2 甲方同意，乙方有权将甲方数据经脱敏处理后用于乙方产品改进、行业分析及向其他客户提供的对标报告。

8.3 乙方应采取访问控制、数据备份等必要的技术措施保护甲方数据安全；远程维护须经甲方同意并留存操作记录。因乙方过错导致数据泄露或丢失的，乙方应及时通知甲方，并依第十条承担赔偿责任。

8.4 合同终止后，甲方可在30日内自行导出其业务数据；期满后乙方不再承担保存义务。

## 第九条 保密

双方应对在合作中获悉的对方商业秘密和技术信息保密，未经对方同意不得向第三方披露，但依法律规定或监管要求披露的除外。双方应要求其员工遵守本条约定。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 甲方未按约定付款超过30日的，乙方有权暂停交付、维护及许可授权，由此造成的损失由甲方承担。

## 第十一条 合同解除

一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十二条 甲方义务

12.1 甲方应指定项目负责人，在乙方提出后5个工作日内确认需求、提供工序、员工及产品基础数据，并组织人员参加培训。

12.2 甲方应自行负责服务器、网络和终端设备的运行维护及数据的日常备份。

12.3 甲方不得超出授权用户数使用软件，如需增加用户，应按乙方届时报价另行购买许可。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

## 第十四条 通知

双方往来通知以本合同首页载明的地址、电话及电子邮箱为准。一方变更联系方式的，应在3日内通知对方，否则按原联系方式送达即视为送达。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

16.3 本合同附件包括：附件一《需求说明书》（上线前确认）；附件二《软件许可授权书》；附件三《维护服务说明》。附件与本合同具有同等效力。

甲方（盖章）：　　　　乙方（盖章）：
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. BSI-CN-2026-009
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyun Rubber Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong (the "Buyer"), and PT Batanghari Sistem Informatika, a limited liability company incorporated in the Republic of Indonesia with its principal office at Jalan Gatot Subroto, Jambi, Indonesia (the "Vendor").
P:The Buyer processes natural rubber at two factories in Shandong and buys latex and cup lump from growers in Indonesia and Thailand. The Vendor develops and supports RubberTrace, a mill management and lot grading system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RubberTrace mill management system, version 6, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documents that the Vendor creates for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software for the Buyer, including supplier, lot, grading, quality and production data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's two factories and head office for up to 150 named users, for the Buyer's own business.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's ERP system, weighbridges and laboratory instruments, migrate open purchase lots and three years of grading history, and train the Buyer's key users and administrators.
P:2.3 The Software shall run on servers in the Buyer's data centre in Qingdao. The Vendor shall work on site in Qingdao during installation and go-live, and remotely at other times through the Buyer's controlled remote access.
H:Article 3 Price
P:3.1 The total price is CNY 1,430,000, fixed, inclusive of all taxes, travel and expenses, made up of: perpetual licence fee CNY 960,000; configuration and interfaces CNY 348,000; data migration CNY 84,000; training CNY 38,000.
P:3.2 All amounts are invoiced and paid in Chinese yuan (CNY) to the Vendor's account stated in the invoice.
H:Article 4 Payment
P:4.1 20% of the total price (CNY 286,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 45% of the total price (CNY 643,500) within 20 days after Go-Live at both factories. Go-Live is not acceptance.
P:4.3 35% of the total price (CNY 500,500) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall reach Go-Live at both factories within 120 days after signature and apply for Final Acceptance within 60 days after Go-Live.
P:5.2 The acceptance criteria are: every function in the agreed functional specification works as described; the ERP, weighbridge and laboratory interfaces transfer data without loss for 20 consecutive working days; migrated lots and grading history reconcile with the legacy records; lot grading results match the laboratory values in all tested samples; the system supports 150 concurrent users with screen response within 3 seconds; and no Severity 1 defect occurs during 45 days of productive use.
P:5.3 The Buyer shall test the Software against these criteria and shall either sign the acceptance certificate or list the defects in writing within 10 working days after the Vendor's application. The Vendor shall correct listed defects and apply again. Productive use and payments do not amount to acceptance.
P:5.4 The Vendor shall appoint a project manager who speaks Chinese or English fluently and who attends a weekly progress meeting with the Buyer's project team, either in Qingdao or by video conference. The Vendor shall not replace the project manager or the lead consultant without the Buyer's consent, which the Buyer shall not refuse without reason.
P:5.5 Either party may request a change to the scope. The Vendor shall state in writing within 10 working days the effect of the change on price and schedule, and no change is binding until both parties sign a change order. Work performed without a signed change order is included in the total price.
P:5.6 The Buyer shall provide the servers, operating systems, database licences and network access described in the project plan, make its key users available for workshops and testing, and give the Vendor's staff access to the factories during working hours.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 24 months after Final Acceptance. During this period the Vendor shall correct defects, provide new versions and patches, and provide help desk and remote support free of charge.
P:6.2 Severity 1 (production stopped, or lots cannot be graded or weighed): response within 1 hour and a workaround within 8 hours. Severity 2 (a major function impaired): response within 2 hours and a fix within 3 working days. Severity 3: response on the next working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Buyer may deduct CNY 1,000 from the next payment or from the annual support fee.
P:6.4 After the warranty, the Vendor shall, at the Buyer's option, provide annual support on the same terms for a fee of 11% of the licence fee, that is CNY 105,600 per year, fixed for three years. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code with the documentation, and the Buyer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights and shall pay any resulting damages and costs.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and per-session approval, shall not transfer Buyer Data outside the Buyer's data centre, and shall comply with the Buyer's security rules and the applicable data protection laws.
P:8.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall help to contain it, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This Article survives termination for five years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor misses the Go-Live date or the application date in Article 5.1 for reasons within its control, it shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any subcontractor the Buyer approves.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if delay damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall deliver all work in progress and refund payments for work not delivered.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effect. If such an event lasts more than 60 days, either party may terminate by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:14.2 Any dispute arising from this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be finally resolved by arbitration under the rules of the Indonesian National Board of Arbitration (BANI), seated in Jakarta, in the English language.
H:Article 15 General
P:15.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:15.2 Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Support procedures.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form and General Terms: BeanLedger Traceability Service

Order Form No. BL-OF-2026-031

## Part A: Order Form

### A1. Parties

- **Provider:** PT Kopi Rejang Digital, a company incorporated in Indonesia, Jalan Sudirman No. 18, Bengkulu, Indonesia.
- **Customer:** Shanghai Yunshan Coffee Trading Co., Ltd., Room 1205, Lane 99 Changshou Road, Putuo District, Shanghai, People's Republic of China.

### A2. Service

BeanLedger, a cloud service for green-coffee sourcing and traceability: farmer and cooperative registers, purchase lots, cupping scores, moisture and defect records, warehouse receipts, shipment documents, certification evidence and buyer-facing traceability reports. The Service is hosted for Customer on Alibaba Cloud in its Shanghai region. Onboarding consists of configuration of Customer's lot structure and grading scales, import of Customer's existing supplier and lot records, an interface to Customer's ERP for purchase orders and goods receipts, and training of Customer's users.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year begins on the date of Onboarding Acceptance (Part B, Section 4) and each Subscription Year runs for one anniversary period from that date.

### A4. Fees

| Item | Basis | Amount per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription, including 5 sourcing origins | per Subscription Year | 168,000 | 336,000 |
| Named user seats, 60 users at CNY 1,350 | per Subscription Year | 81,000 | 162,000 |
| Onboarding (configuration, import, ERP interface, training) | one-time | n/a | 46,000 |
| **Total Contract Value** | | | **544,000** |

Additional seats may be ordered during the term at CNY 1,350 per seat per Subscription Year, prorated by month. Additional seats are not included in the Total Contract Value. All fees are in Chinese yuan (CNY) and include applicable taxes.

### A5. Invoicing and Payment

- The Onboarding fee is invoiced after Onboarding Acceptance.
- The fees for each Subscription Year are invoiced at the start of that Subscription Year.
- Customer pays each undisputed invoice within 30 days after receipt by bank transfer to Provider's account in Shanghai stated on the invoice.
- No amount is payable before Onboarding Acceptance.

### A6. Special Terms and Signatures

- Onboarding target: Provider aims to complete onboarding within 60 days after signature of this Order Form.
- Customer contacts: Head of Sourcing (business), IT Manager (technical).
- This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Service" means the BeanLedger service described in A2, including its updates.

1.2 "Customer Data" means all data that Customer or its users enter into or upload to the Service, and all records generated from that data for Customer, including supplier, farm, lot, quality, price and shipment data.

1.3 "Customer Configurations" means the lot structures, grading scales, report templates and the ERP interface mappings prepared for Customer during onboarding.

1.4 "Users" means Customer's employees and contractors for whom seats are purchased.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right for the Users to use the Service for Customer's internal business during the Subscription Term.

2.2 Customer shall keep user credentials secure and shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

2.3 Customer may allow its cooperatives and certification bodies read-only access to traceability reports through the sharing links provided in the Service; such access does not require seats.

### 3. Provision of the Service and Support

3.1 Provider will use commercially reasonable efforts to make the Service available to Customer, except for planned maintenance announced in advance in the Service, and to keep the Service performing materially as described in its online documentation.

3.2 Provider will provide support for questions and problems by email and through the ticket function of the Service on Provider's working days. Provider will deal with tickets in the order of their importance as Provider reasonably judges it.

3.3 Provider may improve and change the Service from time to time, provided that no change materially reduces the functions Customer has ordered.

### 4. Onboarding and Acceptance

4.1 Provider shall complete onboarding as described in A2 and then notify Customer that the Service is ready for acceptance testing.

4.2 The acceptance criteria are: (a) the imported supplier and lot records reconcile with Customer's source files in number and key values; (b) purchase orders and goods receipts pass between the ERP and the Service without error during ten consecutive working days; (c) a complete traceability report can be produced for five sample lots chosen by Customer, from farm to warehouse receipt; and (d) the configured grading scales calculate the same results as Customer's current spreadsheets for the test lots.

4.3 Customer shall test within 10 working days after the notice and either confirm acceptance in writing ("Onboarding Acceptance") or list the failures. Provider shall correct the failures and give a new notice. Use of the Service before Onboarding Acceptance does not amount to acceptance.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the Service and support to Customer under this Agreement and shall not use it for any other purpose, including statistics or benchmarking.

5.2 Customer may export Customer Data at any time in CSV or JSON format. Within 30 days after the end of the Agreement, Provider shall make a final export available and then delete Customer Data from the Service and its backups, and confirm the deletion in writing.

### 6. Data Security

6.1 Provider shall host Customer Data only in data centres in mainland China and shall protect it with encryption in transit and at rest, role-based access control, multi-factor authentication for its administrators, logging of administrative access, and daily backups kept for 30 days.

6.2 Provider shall notify Customer within 24 hours after it becomes aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take prompt steps to contain it, shall cooperate with Customer and the authorities, and shall be liable for the losses that its breach of this Section causes.

6.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to the Service.

### 7. Intellectual Property

7.1 The Service and its underlying software remain the property of Provider and its licensors.

7.2 Customer Configurations belong to Customer. Provider shall deliver them in a documented format at Customer's request, and Customer may use, modify and allow third parties to use them freely, also after the end of the Agreement.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and pricing information received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's written consent, except to advisers bound by professional duties or as required by law. This Section survives for three years after the end of the Agreement.

### 9. Fees and Taxes

9.1 Fees are fixed for the Subscription Term and may not be increased during it.

9.2 If Customer does not pay an undisputed invoice within 30 days after a written reminder, Provider may suspend access to the Service until payment, after giving ten days' further notice.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to breach of Section 5 or 6, breach of Section 8, infringement of the other party's intellectual property, or wilful misconduct.

10.3 Neither party is liable for indirect loss or loss of profit, except in the cases listed in Section 10.2.

### 11. Subcontracting

11.1 Provider shall not subcontract the performance of the Service without Customer's prior written consent. Customer approves Alibaba Cloud as hosting provider by signing the Order Form. Provider remains responsible for all subcontractors.

### 12. Term, Renewal and Termination

12.1 The Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.3 If Customer terminates under Section 12.2, Provider shall refund the fees paid for the remainder of the Subscription Year.

### 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Notices must be in writing and sent to the addresses in A1 or to the e-mail addresses the parties designate.

14.2 Neither party may assign the Agreement without the other party's written consent.

14.3 The Agreement is made in English and Chinese. Both versions have equal effect.
"""
E03 = """T:Purchase Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. ZJAQ-PUR-2026-044
P:Buyer: Zhanjiang Haiqing Aquaculture Co., Ltd., No. 8 Haibin Road, Xiashan District, Zhanjiang, Guangdong, People's Republic of China.
P:Supplier: PT Teluk Lampung Sensorindo, Jalan Yos Sudarso No. 45, Bandar Lampung, Lampung, Indonesia.
P:The Buyer operates 120 shrimp ponds at three farms in Zhanjiang and wishes to monitor dissolved oxygen, pH and water temperature continuously and to control its aerators automatically. This contract is made on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, probes, gateways and aerator control units listed in clause 2.
P:1.2 "Software" means the Supplier's PondWatch monitoring software, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's farms.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
P:1.5 "Buyer Data" means all readings, alarms, control logs, pond records and other data collected or produced by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System at the Buyer's three farms, integrate it with the Buyer's farm management system, and train the Buyer's staff, for the fixed total price of CNY 1,600,000 (the "Contract Price"), inclusive of all taxes, duties, import costs, freight, insurance and travel.
P:2.2 The price is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with anti-fouling brush|240|2,850|684,000
TB:2|pH and temperature combination probe|240|1,120|268,800
TB:3|LoRa gateway with 4G backhaul and battery backup|24|6,400|153,600
TB:4|Aerator control unit, two relays, waterproof enclosure|120|980|117,600
TB:5|PondWatch monitoring software, perpetual licence, 3 farms|1|236,000|236,000
TB:|Equipment and Licence Subtotal|||1,460,000
TB:6|Installation, calibration and commissioning|1|118,000|118,000
TB:7|Training of farm staff and administrators|1|22,000|22,000
TB:|Contract Price|||1,600,000
P:2.3 The Equipment shall be new, of the models listed in the Supplier's technical proposal, and suitable for brackish water and outdoor use in a hot and humid climate.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers for the Buyer's farms, with any number of users.
P:3.2 The Software remains the property of the Supplier. The licence survives the end of this contract.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 160,000) within 15 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 880,000) within 15 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 560,000) within 15 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the farms DAP Zhanjiang within 50 days after signature and complete installation within 80 days after signature.
P:5.2 The Supplier is responsible for export and import formalities, and shall provide the certificates of origin, test reports and radio type approval that Chinese law requires for the Equipment.
P:5.3 Installation work at the ponds shall follow the Buyer's biosecurity rules, including disinfection of tools and footwear and no movement of equipment between farms without cleaning.
P:5.4 The Supplier shall train the pond technicians of each farm on site in the daily cleaning and calibration of the sensors, the use of the mobile app and the manual override of the aerators, and shall train two administrators of the Buyer in the configuration of set points, alarm rules and user accounts. Training shall be given in Chinese or with an interpreter provided by the Supplier.
P:5.5 The Supplier shall deliver, in Chinese, an operation and maintenance manual, a calibration procedure, the as-installed location plan with the serial number of every device, and the interface documentation.
P:5.6 The Buyer shall provide power supply points, its server and network connection at each farm office, and access to the ponds during installation.
H:6. Acceptance
P:6.1 After installation the Supplier shall run the System for 30 days of trial operation and then apply for Final Acceptance.
P:6.2 The acceptance criteria are: dissolved-oxygen readings within ±0.2 mg/L and pH within ±0.1 of the Buyer's calibrated laboratory meter at every tested pond; at least 98% of scheduled readings received by the Software during the trial period; every aerator switched on automatically within 60 seconds after the oxygen level falls below its set point in the test; alarms delivered by SMS and app within 2 minutes; and readings transferred correctly to the Buyer's farm management system.
P:6.3 The Buyer shall carry out the acceptance tests with the Supplier within 10 working days after the application and sign the certificate or list the deficiencies. The Supplier shall remedy the deficiencies and apply again. Use of the System during trial operation is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and shipping, and provide Software updates and support.
P:7.2 The Supplier shall keep a stock of spare sensors and probes in Zhanjiang equal to at least 5% of the installed quantity and replace a failed unit within 3 days.
P:7.3 After the warranty, the Supplier shall offer annual support for the System at 7% of the Equipment and Licence Subtotal, that is CNY 102,200 per year, fixed for three years. Support is ordered year by year by the Buyer and does not renew automatically.
H:8. Service Levels
P:8.1 The following response times apply during the warranty period and any support year:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Aerator control or oxygen alarms fail at a farm|30 minutes|6 hours
TB:Severity 2|Readings missing from one pond or gateway|2 hours|24 hours
TB:Severity 3|Other problems and questions|Next working day|5 working days
P:8.2 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 600 from amounts due to the Supplier or claim it as a debt.
H:9. Intellectual Property
P:9.1 Dashboards, reports, interface programs and configuration files developed for the Buyer under this contract belong to the Buyer. The Supplier shall deliver them with source code, and the Buyer may use, modify and license them freely.
P:9.2 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:10. Data
P:10.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this contract and shall not use it for any other purpose.
P:10.2 The Software shall run on the Buyer's servers in China. The Supplier shall access the System only through the Buyer's remote-access gateway with individual accounts and multi-factor authentication, shall not copy Buyer Data outside the System, and shall change all default passwords of the Equipment before delivery.
P:10.3 The Supplier shall notify the Buyer within 24 hours after becoming aware of any security incident affecting the System or Buyer Data, shall help to remedy it, and shall be liable for the losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including the Buyer's farm layouts and production figures, and shall not disclose it without the other party's written consent. This clause survives for five years after the end of the contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete installation within the period in clause 5.1, it shall pay delay damages of CNY 1,200 for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9.2 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for its approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund payments for Equipment and services not delivered and hand over all work completed.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:16. General
P:16.1 This contract is made in English and Chinese in four originals. Both language versions have equal effect.
P:Annex 1: Technical proposal and model list. Annex 2: Pond and gateway location plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Services Agreement: ERP Application and Database Operations

Agreement No. BTS-MSA-2026-07

**Customer:** Yunnan Xiye Tin Products Co., Ltd., No. 36 Jinma Road, Guandu District, Kunming, Yunnan, People's Republic of China.

**Provider:** PT Bangka Teknologi Solusi, Jalan Jenderal Sudirman No. 72, Pangkalpinang, Bangka Belitung Islands, Indonesia.

Customer runs its ERP system for tin trading, smelting and solder production on its own servers in Kunming. Customer wishes to outsource the day-to-day operation of the ERP application and its databases to Provider, which operates a remote operations centre in Pangkalpinang. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the transition and the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits set out in Schedule 3.

1.3 "Customer Data" means all data stored in or processed by the ERP system and its databases, and all logs and reports produced from them.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.5 "Operations Materials" means runbooks, scripts, monitoring rules, configuration records and procedures that Provider prepares for Customer's environment.

## Section 2. Term

2.1 This Agreement begins on signature. The managed services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically. Any extension requires a written amendment signed by both parties, at a price agreed at that time.

## Section 3. Charges and Payment

3.1 The charges are fixed for the Service Term and set out in Schedule 1, Part B. The Total Contract Value is CNY 2,162,000, consisting of the transition charge of CNY 74,000 and 36 monthly charges of CNY 58,000.

3.2 The transition charge is invoiced after transition acceptance. Monthly charges are invoiced monthly in arrears, after the monthly service report for that month has been delivered. Service Credits are deducted from the invoice for the following month.

3.3 Customer pays undisputed invoices within 30 days after receipt. All charges are in Chinese yuan (CNY) and include taxes.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition within 75 days after signature. Transition includes knowledge transfer from Customer's current team, documentation of the environment, set-up of monitoring, secure remote access and the service desk, and a parallel run of 20 working days.

4.2 The transition acceptance criteria are: every server, database and interface in the inventory is monitored and documented; all runbooks for the critical batch jobs are written and tested; backup and restore have been tested successfully for each production database; the service desk has handled tickets during the parallel run within the Service Levels; and Customer's IT manager confirms that the knowledge transfer is complete.

4.3 Customer shall sign the transition acceptance certificate or list the gaps within 5 working days after Provider's notice. Provider shall close the gaps and give a new notice.

4.4 If transition acceptance is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## Section 5. Service Levels and Credits

5.1 Provider shall meet the Service Levels in Schedule 2 every month and report its performance in a monthly service report delivered by the fifth working day of the following month.

5.2 If a Service Level is missed, Customer is entitled to the Service Credits in Schedule 3. Service Credits do not limit Customer's other rights.

5.3 Provider shall carry out a root-cause analysis for every Priority 1 incident and deliver it within 3 working days.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may access and process Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 Provider shall access Customer's systems only through Customer's bastion host with named accounts and multi-factor authentication. All sessions are recorded. Customer Data shall not be copied out of Customer's data centre, and production data shall not be used for testing outside it.

6.3 Provider shall maintain an information security management system certified to ISO/IEC 27001 for its operations centre, shall vet its staff, and shall follow Customer's security policies and the PRC Data Security Law and Personal Information Protection Law.

6.4 Provider shall notify Customer within 2 hours after becoming aware of any security incident affecting Customer Data or Customer's systems, shall help to contain and investigate it, and shall be liable for the losses caused by its breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's prices, customer lists and production data, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Operations Materials belong to Customer. Provider shall keep them up to date in Customer's document repository, and Customer may use, modify and give them to any other service provider.

8.2 Provider's general tools and know-how that are not specific to Customer remain Provider's property.

## Section 9. Subcontracting and Personnel

9.1 Provider may subcontract on-site hardware support in Kunming and after-hours monitoring to local partners by giving Customer ten working days' written notice that names the partner. Provider remains responsible for its subcontractors.

9.2 Provider shall name a service delivery manager, who attends a monthly service review with Customer in Kunming or by video conference.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in any claim or series of claims is limited to the charges paid or payable under this Agreement in the six months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to personal injury or wilful misconduct.

10.3 Neither party is liable for indirect loss or loss of profit.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.

11.2 Provider may terminate if Customer fails to pay undisputed charges within 60 days after a written reminder.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the monthly charge rate, hand over all Operations Materials and remove its access.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

## Section 13. General

13.1 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1. Services and Charges

### Part A: Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Tickets from Customer's key users by portal, phone and e-mail, in Chinese and English | 24 x 7 |
| Application operations | ERP batch jobs, interfaces, user and role administration, period-end support | 24 x 7 monitoring; business hours for changes |
| Database operations | Monitoring, tuning, backup and restore, patching of production and test databases | 24 x 7 |
| Change management | Planning and execution of approved changes in agreed windows | Scheduled |
| Reporting | Monthly service report and quarterly capacity review | Monthly / quarterly |

### Part B: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after transition acceptance | 74,000 |
| Managed services | 36 monthly charges of CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,162,000** |

## Schedule 2. Service Levels

| Measure | Target |
|---|---|
| ERP production availability in business hours (monthly) | 99.95% |
| Priority 1 incident (ERP or a production database down): response | 15 minutes |
| Priority 1 incident: restoration | 3 hours |
| Priority 2 incident (a key function or interface failing): response | 1 hour |
| Priority 2 incident: restoration | 8 hours |
| Scheduled backups | every scheduled backup completed; a failed job re-run the same day |

## Schedule 3. Service Credits

| Service Level missed | Service Credit |
|---|---|
| Availability below target | 5% of the monthly charge for each 0.02 percentage point below target |
| Priority 1 response or restoration missed | 3% of the monthly charge per incident |
| Priority 2 response or restoration missed | 1% of the monthly charge per incident |
| Monthly service report late | 1% of the monthly charge |
"""
E05 = """VESSEL POSITION DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. RSD-API-2026-115

BETWEEN

PT Riau Samudra Data, a company incorporated in Indonesia, Jalan Basuki Rahmat No. 9, Tanjung Pinang, Riau Islands, Indonesia ("Provider"); and

Xiamen Haixiang Shipping Logistics Co., Ltd., No. 120 Xiangyu Road, Huli District, Xiamen, Fujian, People's Republic of China ("Customer").

BACKGROUND

Provider collects vessel position reports from its network of coastal AIS receiving stations in the Riau Islands, the Strait of Malacca and the South China Sea, combines them with satellite AIS feeds and port call records, and makes the resulting data available to subscribers through an application programming interface. Customer operates container feeder and bulk services between South China and Southeast Asian ports and wishes to use the data in its fleet monitoring and arrival planning systems.

1. DEFINITIONS

1.1 "API" means Provider's vessel data application programming interface, version 3, as described in the API documentation.

1.2 "Data" means the vessel positions, voyage information, port calls and estimated arrival times delivered through the API or in the Historical Package.

1.3 "Historical Package" means a one-time delivery of five years of vessel position and port call history for the areas listed in Schedule A, in the format described there.

1.4 "Subscription Year" means each period of one anniversary starting on the Start Date or on an anniversary of it.

1.5 "Start Date" means the date on which Customer confirms acceptance under clause 4.3.

1.6 "Customer Inputs" means the vessel watch lists, port lists, queries and account information that Customer sends to the API.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Data for Customer's internal operations, including display in Customer's own systems to its employees, agents and cargo customers.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year and positions for an unlimited number of vessels in the areas listed in Schedule A.

2.3 Customer may keep and use the Historical Package and Data received during the Subscription Term after the term ends, for its internal operations.

2.4 Customer shall not resell the Data as a data product or make it available to the public.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Start Date.

3.2 At the end of the initial Subscription Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

3.3 Provider may increase the annual subscription fee for any renewal Subscription Year by giving Customer written notice at least 75 days before the renewal. The increased fee applies to the renewal year unless Customer gives notice of non-renewal under clause 3.2.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 20 days after signature Provider shall issue API credentials for Customer's test and production environments, deliver the Historical Package by secure download, and provide reasonable assistance to Customer's developers in connecting the API to Customer's fleet monitoring system.

4.2 The acceptance criteria are: (a) the Historical Package is complete for every area and month listed in Schedule A, with no gap in any area longer than the gap limits stated there, and in the format stated there; (b) the API returns positions for a test list of 200 vessels chosen by Customer, with a median delay from reception to availability of not more than 3 minutes over a test period of seven days; and (c) the port call records for the test list match Customer's own voyage records for at least 95 of every 100 calls checked.

4.3 Customer shall test within 10 working days after Provider's notice that onboarding is complete and confirm acceptance in writing or list the failures. Provider shall correct the failures and give a new notice.

4.4 If Provider fails to issue the credentials and deliver the Historical Package within the period in clause 4.1 for reasons within its control, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 The fees are:

   Annual subscription fee, per Subscription Year:      CNY 286,000
   Subscription fees, initial term (two years):         CNY 572,000
   Historical Package, one-time:                        CNY 64,000
   Total Contract Value:                                CNY 636,000

5.2 The Historical Package fee is invoiced after acceptance under clause 4.3. The annual subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears. Such usage charges are not part of the Total Contract Value.

5.4 Customer pays undisputed invoices within 30 days after receipt. All fees are in Chinese yuan (CNY) and include taxes.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, measured at Provider's API gateway, excluding maintenance announced at least five days in advance and performed in a window of low usage.

6.2 Incidents are classified as Priority 1 (API unavailable or returning no positions for all vessels), Priority 2 (data delayed by more than 30 minutes or missing for an area) and Priority 3 (other problems). Provider shall respond to Priority 1 incidents within 1 hour, at any time of day, and restore service within 6 hours; Priority 2 incidents within 3 hours, restoring within 24 hours; and Priority 3 incidents on the next working day.

6.3 If monthly availability falls below the target in clause 6.1, Provider shall credit 5% of one twelfth of the annual subscription fee for each 0.1 percentage point, or part of it, below the target. If a Priority 1 restoration time is missed, Provider shall credit a further 2% of one twelfth of the annual subscription fee for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

6.4 Provider shall publish a monthly service report for Customer showing availability, incidents, and data delay by area.

7. DATA QUALITY

7.1 Provider shall use good industry practice to collect, filter and validate the Data, and shall correct errors reported by Customer within 5 working days.

7.2 Customer acknowledges that AIS data originates from transmissions by vessels themselves and may contain errors or gaps that Provider cannot detect. Provider does not warrant that the Data is free of such errors.

8. CUSTOMER INPUTS

8.1 Customer Inputs belong to Customer. Provider may use Customer Inputs only to provide the API and support to Customer under this Agreement and shall not use them for any other purpose or disclose them to any third party.

8.2 Within 30 days after the end of this Agreement Provider shall delete Customer Inputs and Customer's account information from its systems.

9. INTELLECTUAL PROPERTY

9.1 The API, the Data and Provider's databases remain the property of Provider, subject to the licence in clause 2.

9.2 Any custom data extracts, area definitions and the integration adapter that Provider develops for Customer under this Agreement belong to Customer. Provider shall deliver them with their source code, and Customer may use, modify and license them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This clause survives for three years after the end of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, wilful misconduct, or infringement of the other party's intellectual property.

11.3 Neither party is liable for indirect or consequential loss, including loss of profit or loss of business.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 Customer may also terminate by written notice if monthly availability falls below the target in clause 6.1 in any three months of a Subscription Year.

13.3 On termination by Customer under clause 13.1 or 13.2, Provider shall refund the part of the annual subscription fee that relates to the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be in writing and delivered to the addresses above or to such e-mail addresses as the parties designate in writing.

15.2 This Agreement, with Schedule A (Coverage areas and Historical Package format) and the API documentation, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English in two originals, one for each party.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h702z01": ("h702z01_petition_reception_platform.pdf", "pdf", Z01),
    "h702z02": ("h702z02_hula_hoop_line_control_retrofit.docx", "docx", Z02),
    "h702z03": ("h702z03_ice_rink_chain_booking_saas.txt", "txt", Z03),
    "h702z04": ("h702z04_relief_station_system_om_service.txt", "txt", Z04),
    "h702z05": ("h702z05_papercut_workshop_tracking_supplier_template.md", "md", Z05),
    "h702e01": ("h702e01_rubber_mill_licence_jambi_vendor.pdf", "pdf", E01),
    "h702e02": ("h702e02_coffee_traceability_saas_order_form.md", "md", E02),
    "h702e03": ("h702e03_shrimp_pond_sensors_monitoring_licence.docx", "docx", E03),
    "h702e04": ("h702e04_erp_managed_services_36_months.md", "md", E04),
    "h702e05": ("h702e05_vessel_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    base.update(kw)
    assert set(base) == set(TERM_KEYS)
    return {k: base[k] for k in TERM_KEYS}


# per draft: language, category, terms, extra, TCO inputs (fee base) or None, forum outside mainland, design rules
L = {
    "h702z01": ("zh", "software", T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                governing_law="PRC", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2228000), 1180000, False, []),
    "h702z02": ("zh", "hardware", T(p1_response_hours=1, ld_rate_per_day_pct=0.07, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1494000), 1350000, False,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h702z03": ("zh", "cloud", T(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.08,
                liability_cap_pct=200, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=662000),
                None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h702z04": ("zh", "services", T(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
                ld_rate_per_day_pct=0.1, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=348000),
                None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h702z05": ("zh", "software", T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=65, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=10,
                subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1380000), 720000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h702e01": ("en", "software", T(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                governing_law="Indonesia", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1430000), 960000, True, ["CR-GOVERNING-LAW"]),
    "h702e02": ("en", "cloud", T(sla_remedy=False, liability_cap_pct=150),
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=544000),
                None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h702e03": ("en", "hardware", T(p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1600000 * 100,
                liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
                post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1600000), 1460000, False, []),
    "h702e04": ("en", "services", T(availability_pct=99.95, p1_response_hours=0.25,
                ld_rate_per_day_pct=1800 / 2162000 * 100, liability_cap_pct=6 / 36 * 100,
                subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2162000),
                None, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h702e05": ("en", "cloud", T(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                ld_rate_per_day_pct=500 / 636000 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * base * t["post_warranty_fee_pct"] / 100
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base, forum_outside):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![\d])", r"(?<![\d.])4\s*(?:hours?|hrs?|小时|个小时)", r"四\s*(?:个)?\s*小时",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.])12\s*(?:months?|个月|个自然月)", r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])",
    r"质保期?为?一年", r"one[- ]year\s*warranty",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "within 4 hrs", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%",
            "百分之四十", "质保期一年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之三", "万分之五十", "200%", "130%",
             "300%", "36个月", "18 months", "112 months", "115%", "0.055%", "百分之四十五", "百分之三十五", "25%",
             "1.5 hours", "2 hours", "150%"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs, tgts = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            srcs[key], tgts[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(srcs, tgts, OUT, wrap_words=True)
    fired = set()
    for key, (name, fmt, _) in FILES.items():
        lang, cat, t, x, base, forum, design = L[key]
        rules = derive(t, x, base, forum)
        assert rules == sorted(design), (key, rules, design)
        fired |= set(rules)
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        sh = tco_share(t, x, base)
        if sh is not None:
            assert abs(sh - TCO_LIMIT) > 2, (key, sh)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        print(f"{key}: {n} {'chars' if lang == 'zh' else 'words'}, risk {risk}, "
              f"tco {'-' if sh is None else round(sh, 1)}, rules {', '.join(rules) or '(none)'}")
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("coverage: all", len(ALL_RULES), "rules fire")


if __name__ == "__main__":
    main()
