"""holdout646: builds the ten draft contracts from the sources below, writes the .json labels and asserts the checks
(sums, lengths, thresholds, derived rules = design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""T:XX省水土保持监测站水土流失动态监测平台建设项目采购合同
P:合同编号：SBJC-2025-ZC-017
P:采购项目编号：XX政采〔2025〕0463号
P:甲方（采购人）：XX省水土保持监测站
P:乙方（供应商）：XX智水信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就水土流失动态监测平台建设事宜，经平等协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供水土流失动态监测平台软件许可，并完成定制开发、部署实施、历史数据迁移和培训，使平台满足招标文件技术需求书的全部要求。
P:1.2 定制开发内容包括：全省47个监测点径流小区和小流域控制站的数据采集接口；土壤侵蚀模数计算模型及年度水土流失面积统计模块；遥感影像解译成果入库与图斑变化比对模块；生产建设项目水土保持监管移动端。
P:1.3 平台部署在甲方使用的政务云资源上，乙方不得将系统、程序或数据部署于其他环境。
P:1.4 乙方应指派具有同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万捌仟元整（¥1,568,000），为含税固定总价，其中：平台软件许可费¥860,000；定制开发费¥548,000；部署实施及历史数据迁移费¥126,000；培训费¥34,000。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件和税费，除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署和数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按照政府采购资金支付程序办理支付，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署和初步验收准备，一百五十日内完成全部定制开发并提交最终验收申请。
P:4.2 乙方应每周向甲方报送项目进度，重大风险应在发现后两个工作日内书面报告。
P:4.3 乙方应在项目启动后十五日内提交需求规格说明书和详细设计，经甲方确认后方可开发。甲方提出的需求调整未超出招标范围的，乙方应予实施，不另行收费。
P:4.4 甲方负责提供政务云资源、网络接入、历史监测数据和样例成果，并指定项目联系人协调各监测点配合数据接入工作。
H:第五条 验收
P:5.1 初步验收在平台部署和数据迁移完成后进行，标准为：招标文件功能清单逐项测试通过；历史监测数据迁移后按记录逐条比对一致；47个监测点数据全部接入并连续七日正常上报。
P:5.2 最终验收在平台试运行六十日后进行，标准为：试运行期间未发生一级故障；土壤侵蚀模数计算结果与甲方提供的样例成果偏差不超过2%；200个并发用户下常用查询响应时间不超过3秒；通过第三方安全测评并完成等级保护备案所需整改；文档和源代码移交完毕。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线、试运行或甲方使用平台，均不视为验收合格。验收不合格的，乙方应在十五日内整改并申请复验。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度巡检一次。
P:6.2 质保期满后，甲方可与乙方另行签订维护合同。年度维护费不超过平台软件许可费的9%（即不超过¥77,400/年），质保期满后三年内不得上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台年度可用率不低于99.95%（计划停机除外，计划停机应提前三个工作日经甲方同意）。
P:7.2 故障分为三级。一级故障（平台无法访问或数据采集中断）乙方应在30分钟内响应，2小时内远程或现场处置，8小时内恢复；二级故障2小时内响应，下一个工作日内解决；三级故障在下一个版本中修复。
P:7.3 乙方响应或恢复超时的，每超时1小时，甲方有权从应付款项或履约保证金中扣减¥500；年度可用率每低于承诺值0.01个百分点，扣减¥1,000。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的接口程序、计算模型、解译入库模块、移动端及其源代码和文档，知识产权归甲方所有，甲方有权自行修改、使用并许可第三方使用。
P:8.3 乙方保证所提供的软件和成果不侵犯第三方权利，否则由乙方负责处理并赔偿甲方损失。
P:8.4 乙方应在最终验收时向甲方移交定制开发部分的全部源代码、编译环境说明、数据库设计文档和部署手册，并保证甲方技术人员依据上述资料能够独立完成编译和部署。
H:第九条 数据安全与数据归属
P:9.1 平台中的监测数据、遥感解译成果、监管对象信息等全部数据归甲方所有。乙方仅可为履行本合同处理该数据，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《网络安全法》，落实访问控制、操作审计和传输加密措施，远程运维须经甲方审批并通过堡垒机进行，运维账号一人一号。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并在项目结束时收回其访问权限。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下任何工作交由第三方完成。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
P:13.3 合同解除后，乙方应移交已完成的成果和全部甲方数据。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.2 合同履行期间，乙方应按甲方要求参加项目例会和省级监测成果汇交工作，协助甲方编制年度水土流失动态监测成果报告的平台数据部分。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:代表人：                  代表人：
"""

Z02 = r"""T:阀门机加及压力试验生产线控制系统改造合同
P:合同编号：FM-GZ-2025-031
P:甲方：XX阀门制造有限公司
P:乙方：XX工业自动化工程有限公司
P:甲方拟对其二号厂房阀体机加工线及壳体、密封压力试验线的控制系统进行改造，并委托乙方在质保期满后提供维保服务。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责：更换6台数控加工单元配套PLC控制柜；为8个试压工位加装压力及保压时间数据采集终端；新建产线工业以太网；部署试压数据管理软件，并开发试压曲线自动判定、试验报告自动生成及与甲方ERP的工单对接程序；完成安装调试、旧系统拆除和操作人员培训。
P:1.2 改造须在甲方安排的停产窗口内分两批实施，每批停产不超过十日。乙方应提前提交施工方案和应急回退方案，经甲方批准后实施。
P:1.3 乙方应在合同生效后十五日内完成现场勘查，复核原有设备接线图、工艺程序和试压规程，并提交详细设计，包括控制柜布置图、网络拓扑、I/O点表和软件功能说明，经甲方技术部门书面确认后方可生产和施工。
P:1.4 甲方负责提供施工用电、临时场地、原有图纸资料和工艺参数，并安排工艺及质量人员参加调试。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），含税。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控HMI）|6套|86,000|516,000
TB:2|试压数据采集终端|8台|23,500|188,000
TB:3|工业交换机及网络附件|1批|64,000|64,000
TB:4|工位触摸屏|16台|6,750|108,000
TB:5|试压数据管理软件许可|1套|236,000|236,000
TB:|设备及软件小计|||1,112,000
TB:6|安装调试及改造施工|1项|186,000|186,000
TB:7|程序开发（试压判定、报告、ERP对接）|1项|124,000|124,000
TB:8|培训|1项|18,000|18,000
TB:|合计|||1,440,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅为数量确认，不视为验收。
P:3.3 两批改造完成并通过最终验收后，甲方支付合同总价的45%。
H:第四条 交付与工期
P:4.1 设备应在合同生效后四十五日内到货。
P:4.2 第一批改造应在到货后二十日内完成，第二批在第一批测试合格后二十五日内完成。
P:4.3 乙方施工人员应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业票。因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.4 旧控制柜及拆除设备归甲方所有，乙方应按甲方指定地点整理堆放。
P:4.5 因甲方原因推迟停产窗口的，工期相应顺延，乙方应在甲方通知后重新安排施工计划。
H:第五条 验收
P:5.1 验收标准：各加工单元按原工艺程序连续运行72小时无停机故障；试压数据采集精度达到满量程的±0.25%；保压时间计时误差不大于1秒；试压曲线判定结果与人工判定抽检200件一致；试验报告格式符合GB/T 13927及甲方质量体系要求；ERP工单状态同步无遗漏。
P:5.2 两批改造均通过上述测试后，双方签署最终验收报告。产线恢复生产或甲方使用系统，不视为验收合格。
H:第六条 质保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障设备，免费修复软件缺陷。
P:6.2 质保期内乙方每季度到厂巡检一次，检查控制柜、采集终端和网络运行状态，校验压力传感器，并出具巡检报告。
P:6.3 质保期内同一设备同一故障修复两次后仍不能正常运行的，乙方应免费更换同型号新设备。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供年度驻厂维保服务，包括定期巡检、备品备件更换、软件升级和程序调整。
P:7.2 年度维保费按设备及软件小计的33%计取，即每年¥366,960，质保期满后三年内固定不变。
P:7.3 维保服务内容包括：每月一次驻厂巡检；关键备件（PLC模块、采集终端、交换机）常备库存并在故障后当日更换；每年一次压力传感器校准配合；软件版本升级；因工艺调整引起的程序修改，每年不超过二十个工日。维保费按年度在服务期开始后支付。
H:第八条 服务响应
P:8.1 一级故障（产线停机或试压数据无法记录）乙方应在1小时内响应，6小时内到达现场；二级故障8小时内响应，次日修复。
P:8.2 乙方超时响应或到场的，每超时1小时向甲方支付¥800。
P:8.3 乙方应建立故障处理记录，每次故障处理完毕后两个工作日内向甲方提交故障报告，说明原因、处理过程和预防措施。
H:第九条 知识产权
P:9.1 乙方为本项目开发的PLC程序、试压判定程序、报告模板和ERP对接程序，其源代码及文档的知识产权归甲方所有，甲方可自行修改和使用。
P:9.2 试压数据管理软件为乙方合作厂商产品，甲方取得永久使用许可。
P:9.3 乙方保证其提供的设备、软件和程序不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十条 数据安全
P:10.1 产线运行数据、试压记录和质量档案属于甲方。乙方仅为履约目的接触该数据，不得复制、外传或用于其他目的。
P:10.2 乙方远程维护须经甲方批准并使用甲方提供的VPN账号，操作全程记录；不得在工控网络中使用未经查杀的移动介质。发生数据泄露或因乙方原因导致数据丢失的，乙方应在2小时内通知甲方，并承担赔偿责任。
H:第十一条 保密
P:11.1 双方对在履约过程中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得披露。
P:11.2 乙方不得将甲方的工艺参数、试压规程和产品图纸用于为其他客户提供服务，保密义务在合同终止后继续有效三年。
H:第十二条 分包
P:12.1 电气安装工作如需分包，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十三条 违约责任
P:13.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的万分之二支付违约金。
P:13.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:13.3 因乙方原因造成甲方停产时间超过约定窗口的，乙方还应赔偿甲方的直接损失。
P:13.4 乙方提供的设备或软件不符合合同约定的，乙方应在十日内免费更换或修复；由此导致交付延误的，按本条第一款计算违约金。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面催告后十日内未纠正的，甲方有权解除合同并要求赔偿。
P:14.2 乙方逾期到货或逾期完成改造超过三十日的，甲方有权解除合同，乙方应退还已收款项，甲方已安装的设备由乙方负责拆除并恢复原状。
P:14.3 因不可抗力导致合同无法履行的，双方可协商变更或解除合同，互不承担违约责任。
H:第十五条 法律适用与争议
P:15.1 本合同适用中华人民共和国法律。争议提交温州仲裁委员会仲裁。
H:第十六条 其他
P:附件一：技术规格书；附件二：施工及停产计划；附件三：验收测试方案。附件与本合同具有同等效力。
P:本合同未尽事宜由双方协商签订补充协议。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
"""

Z03 = """连锁足疗门店预约及会员管理系统服务合同（SaaS）

合同编号：ZL-SaaS-2025-086
甲方：XX足道养生连锁管理有限公司
乙方：XX云店科技有限公司

甲方经营80家直营足疗养生门店，拟采用乙方提供的门店预约及会员管理云服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方80家门店提供预约排班、技师管理、会员储值与次卡、收银对账、营销活动、经营报表等云服务功能，以及顾客端微信小程序。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起算。
（二）实施服务
1. 乙方负责系统初始化配置、门店及技师档案导入、原有会员系统约十八万条会员数据及储值余额迁移。
2. 乙方负责与甲方现有收银硬件、支付通道及企业微信的对接，并为门店店长和前台人员提供培训。
3. 实施期为合同签订后六十日。
（三）乙方责任
1. 乙方应指定项目经理负责实施，每周向甲方报告实施进度，并对门店开通顺序与甲方协商确定，避免影响营业高峰。
2. 乙方应为甲方提供7×24小时热线和企业微信服务群，门店人员可直接报障。
3. 乙方对系统功能进行更新时，应提前三日通知甲方，重大变更应在甲方确认后发布，不得降低已约定的功能。
（四）甲方责任
1. 甲方负责提供门店、技师、项目价格等基础资料，并协调原会员系统供应商导出数据。
2. 甲方负责门店网络和收银终端的正常运行。
3. 甲方应妥善保管管理员账号，及时为离职人员注销权限。

二、服务费用
（一）订阅费按门店计收，每店每服务年度¥2,680，80家门店每服务年度¥214,400，两个服务年度合计¥428,800。
（二）实施费为一次性费用¥96,000。
（三）合同总价为人民币伍拾贰万肆仟捌佰元整（¥524,800），含税。
（四）服务期内甲方新增门店的，按每店每服务年度¥2,680按剩余月份折算；关闭门店的，自次一服务年度起相应核减。
（五）短信通知费用按实际发送量另行结算，每条¥0.045，按月结算，不计入合同总价。
（六）除上述费用外，乙方不得以版本升级、功能开通、存储扩容等名义另行收取费用。

（七）服务费用已包含小程序服务器、存储、备份、安全防护及版本升级等全部费用。

三、付款方式
（一）实施费在系统通过上线验收后十五个工作日内一次性支付。
（二）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（三）服务年度内新增门店的订阅费，在门店开通后的次月与当期账单一并结算。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方有权从应付费用中直接扣减服务抵扣金额和违约金。

四、上线验收
（一）乙方完成实施后书面申请上线验收，验收标准为：
1. 会员数量、储值余额、次卡剩余次数迁移后与原系统逐户核对一致；
2. 全部80家门店完成预约、开单、收银、退款全流程测试；
3. 在500个并发预约请求下，小程序下单响应时间不超过2秒；
4. 收银对账报表与支付通道流水核对无差异，连续运行七日。
（二）验收合格后双方签署上线验收单。门店试用或开始营业使用，不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨2点至6点之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法开单收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能不可用）：1小时内响应，当日解决；
3. 三级故障（咨询或界面问题）：下一个工作日内答复。
（三）月度可用率未达到承诺值的，按未达标幅度抵扣当月对应订阅费，每低0.1个百分点抵扣当月订阅费的5%；一级故障响应超时的，每次抵扣¥1,000。

六、数据安全与数据归属
（一）会员信息、消费记录、储值数据及经营数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应按照《个人信息保护法》和《数据安全法》的要求，对会员手机号等个人信息加密存储，实行分级授权和操作日志审计，并每日备份。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并协助处置；因乙方原因造成的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方应确保数据存储于中国境内的服务器，未经甲方书面同意，不得向境外传输任何数据。
（六）乙方每年应委托第三方进行一次安全测评，并将测评报告提交甲方。

七、保密
双方对履约过程中获知的对方商业信息、价格政策、会员规模和技术资料负有保密义务，保密期限至合同终止后三年。

八、知识产权
（一）云服务平台及小程序通用功能的知识产权归乙方所有。
（二）为甲方定制的会员等级规则、营销活动模板、报表及对接程序，知识产权归甲方所有，甲方可自行修改使用或交由第三方维护。

九、违约责任
（一）乙方未能在约定实施期内完成上线验收的，每逾期一日，按合同总价的千分之一支付违约金。
（二）因乙方原因导致会员储值数据错误的，乙方应负责更正并赔偿甲方因此产生的损失。
（三）甲方逾期支付订阅费超过三十日的，乙方可书面催告后暂停服务。

九之一、培训与运营支持
（一）乙方应为每家门店的店长和前台人员提供线上培训，并为甲方总部运营人员提供两次现场培训。
（二）服务期内乙方每季度与甲方召开一次运营回顾会，分析预约转化、会员复购和储值消耗情况，提出系统使用改进建议。
（三）甲方新开门店的，乙方应在接到通知后五个工作日内完成开通和人员培训。

十、续约
服务期满前六十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度。续期服务费由乙方根据市场情况调整，上调幅度不超过上一服务年度订阅费的8%，乙方在服务期满前通知甲方即可。

十之一、服务终止后的安排
服务期满不续约或合同提前解除的，乙方应在三十日内配合甲方完成会员数据、储值余额和历史订单的导出与核对，并提供字段说明，在此期间不得停止数据查询功能。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
一方严重违约，经对方书面通知后十日内仍未纠正的，守约方有权解除合同，并要求违约方赔偿损失。乙方违约导致合同解除的，应退还未履行期间的订阅费。

十二之一、储值资金与会员权益
（一）会员储值资金由甲方自行收取和管理，乙方系统仅记录储值余额，不经手任何资金。
（二）系统计算的会员积分、折扣和次卡扣减规则，应以甲方书面确认的规则为准；规则变更由甲方在后台配置或书面通知乙方执行。
（三）因乙方系统错误导致会员权益计算错误、引发顾客投诉的，乙方应协助甲方核实并在两个工作日内修正。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

十四、其他
（一）本合同附件包括：功能清单、实施计划、数据迁移方案、服务水平说明，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""

Z04 = """XX市救助管理站救助业务管理系统运维服务合同

合同编号：JZZ-YW-2025-002
甲方：XX市救助管理站
乙方：XX数智运维服务有限公司

根据政府采购竞争性磋商结果，甲方委托乙方为其救助业务管理系统提供年度运维服务。双方协商一致，订立本合同。

第一条 服务范围
（一）运维对象：救助业务管理系统（含受助人员登记、寻亲比对、站内管理、返乡护送、统计报表模块）、站内服务器、存储、网络及安全设备、全国救助管理信息系统数据上报接口。
（二）服务内容：日常巡检与监控；故障处理；系统补丁和安全加固；数据备份与恢复演练；报表调整；等级保护测评整改配合；节假日及寒潮、高温等专项救助行动期间的值守保障。
（三）服务方式：乙方派驻一名运维工程师在站内工作日驻场，其余时间远程值守并按需到场。
（四）现有设备清单：应用服务器六台、数据库服务器两台、存储一套、核心交换机两台、防火墙及入侵检测设备各一台、站内终端约六十台，以甲方提供的资产台账为准。
（五）乙方接手运维前，应对系统现状进行全面检查，形成现状评估报告，提出风险和整改建议。

第二条 服务期限
服务期自2025年3月1日起至2026年2月28日止。期满后是否续签，由甲方根据考核结果另行采购决定，本合同不自动续期。

第三条 服务费用及支付
（一）年度运维服务费为人民币叁拾叁万陆仟元整（¥336,000），含税，包括人工、差旅、工具及一般备件费用。
（二）服务费按季度支付，每季度¥84,000。每季度结束后，甲方根据季度考核结果在二十个工作日内支付上一季度服务费，考核扣款从当期服务费中扣除。
（三）甲方不支付任何预付款。

第四条 服务水平
（一）故障分级：
1. 一级故障：系统整体不可用、受助人员登记无法进行或数据上报中断；
2. 二级故障：部分模块不可用，但不影响登记和上报；
3. 三级故障：一般性问题或操作咨询。
（二）响应与处置时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日恢复；三级故障下一个工作日内处理完毕。
（三）乙方每月提交巡检报告，每季度进行一次数据备份恢复演练并提交演练记录。
（四）乙方应建立运维工作台账，记录每次故障的报告时间、响应时间、处理过程、恢复时间和原因分析，每月随巡检报告提交甲方。
（五）专项救助行动期间，乙方应安排工程师每日到站值守，确保受助人员登记、寻亲比对和数据上报不受影响。
（六）系统补丁和配置变更应事先提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括故障响应及时率、故障恢复时限、巡检报告及演练记录的完整性、甲方工作人员满意度。
（二）一级故障响应或恢复超时的，每次扣减当季服务费¥2,000；二级故障超时的，每次扣减¥500；巡检报告每缺一次扣减¥1,000。
（三）服务期满时，甲方组织年度验收，标准为：全年未发生因乙方原因导致的数据丢失；一级故障恢复达标率不低于95%；备份恢复演练均成功；运维文档、账号清单和配置记录完整移交。年度验收合格后出具验收意见。

第六条 数据安全
（一）系统中的受助人员身份信息、照片、生物识别比对结果、救助记录等数据均属于甲方，乙方仅为运维目的接触，不得复制、下载、留存或用于任何其他目的。
（二）乙方应遵守《个人信息保护法》《数据安全法》及民政部门关于救助对象信息安全的规定，运维操作须使用甲方分配的实名账号经堡垒机进行，严禁使用个人设备连接内网。
（三）乙方发现数据泄露、被篡改或丢失的，应立即采取措施并在1小时内报告甲方；因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任，甲方有权解除合同。

第六条之一 备件与第三方支持
（一）一般备件（硬盘、内存、电源模块等）由乙方提供，费用包含在服务费中；主要部件更换需另行采购的，乙方应提供报价依据，经甲方同意后实施。
（二）原厂支持已过期的设备，乙方应提供替代维修方案，确保系统连续运行。

第七条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表、巡检工具配置及技术文档，知识产权归甲方所有。

第八条 人员管理
（一）乙方驻场人员应具有三年以上运维经验，持有相关技术证书，并经甲方审核同意。
（二）乙方更换驻场人员应提前十日书面告知甲方并做好交接。
（三）乙方人员应遵守甲方的管理制度和安全规定，尊重受助人员。
（四）乙方人员在站内工作期间接触受助人员的，应遵守救助管理工作规范，不得拍摄、传播受助人员影像，不得向受助人员或其亲属收取任何费用。
（五）乙方应为驻场人员缴纳社会保险，并承担其工作期间的人身安全责任。
（六）驻场人员连续两次考核不合格的，甲方有权要求乙方更换。

第九条 工作委托
乙方可将机房设备维修、硬件返厂检测等部分工作交由第三方实施，但应提前五个工作日通知甲方，并对第三方的工作质量负责。

第九条之一 服务交接与资料
（一）乙方应在服务开始后三十日内完成系统现状评估，编制运维手册、网络拓扑图、账号权限清单和应急预案，并经甲方确认。
（二）上述资料应随系统变化及时更新，每季度提交一次更新版本，服务期满时完整移交甲方。
（三）乙方应配合甲方做好上级部门检查、审计和等级保护测评工作，按要求提供运维记录。

第十条 违约责任
（一）乙方未按约定时间完成等级保护整改配合、专项值守准备等约定工作的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方服务连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之二支付违约金。
（四）因乙方原因导致系统数据丢失或数据上报中断超过一日的，乙方应承担恢复费用，并赔偿甲方因此受到的损失。
（五）乙方违约金和考核扣款可直接从应付服务费中扣除，不足部分由乙方另行支付。

第十一条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后五日内未纠正的，甲方有权解除合同。
（二）合同解除后，乙方应在七日内完成全部交接工作，交还账号、文档和甲方设备。

第十二条 交接
服务期满或合同解除时，乙方应配合甲方或新的服务商完成交接，交接期不少于十日，交接期间乙方不得中断服务。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

第十三条之一 廉洁条款
乙方不得向甲方工作人员提供任何形式的财物或其他利益，一经发现，甲方有权解除合同并按有关规定处理。

第十四条 其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）乙方应按甲方要求提供年度运维工作总结，内容包括故障统计、系统运行分析和下一年度改进建议。
（四）本合同项下的通知以书面形式送达双方联系人。
（二）磋商文件、响应文件和成交通知书为本合同附件。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
签订日期：                     签订日期：
"""

Z05 = """# 蜂云智能蜂箱监测平台软件许可及定制开发合同

**乙方标准合同文本 FY-HT-2024 V3.0**

| 项目 | 内容 |
|---|---|
| 甲方（委托方） | XX生态养蜂专业合作社 |
| 乙方（服务方） | XX蜂云物联科技有限公司 |
| 合同编号 | FY-2025-0419 |

甲方委托乙方提供蜂云智能蜂箱监测平台软件许可，并根据甲方需求进行定制开发。双方经协商，同意按照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蜂云智能蜂箱监测平台软件（标准版，含600个蜂箱接入授权）。

1.2 乙方根据甲方需求进行以下定制开发：蜂群活动规律分析模型、分蜂及盗蜂预警功能、蜂蜜产量估算模块、蜂产品溯源小程序，以及与甲方现有蜂箱称重、温湿度传感器的数据对接。

1.3 平台部署于乙方提供的云服务器，甲方通过账号访问使用。

1.4 甲方现有蜂箱传感器由甲方自行采购，乙方仅负责数据对接。传感器的数量、型号、通信方式以甲方书面提供的清单为准，清单以外的设备接入需另行报价。

1.5 平台标准功能以乙方产品说明书为准，定制开发内容以双方签字确认的需求清单为准，需求清单未列明的功能不属于本合同范围。

1.6 甲方增加蜂箱接入数量的，按乙方当期价格另行购买接入授权。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜂箱监测平台软件许可（600箱） | 420,000 |
| 2 | 定制开发（分析模型、预警、产量估算、溯源小程序、数据对接） | 356,000 |
| 3 | 部署实施 | 64,000 |
| 4 | 培训 | 14,000 |
| | 合计 | 854,000 |

合同总价为人民币捌拾伍万肆仟元整（¥854,000），含税。

2.1 上述价款不包含云服务器租用费、短信费、小程序认证费及第三方地图服务费，该等费用由甲方按实际发生另行承担。

2.2 乙方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前书面提出。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 平台上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金，乙方有权暂停开发和服务。

## 第四条 交付

4.1 乙方在收到首付款后九十日内完成定制开发和部署上线。因甲方需求变更、传感器数据质量等原因造成的延误，交付期相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 甲方应在项目启动后十日内提供需求资料、蜂场分布、传感器清单及测试账号，并指定专人配合乙方工作。甲方未按时提供的，乙方不承担延误责任。

4.4 乙方交付内容包括：平台访问账号、溯源小程序上线版本、用户操作手册。乙方不交付源代码及设计文档。

## 第五条 验收

5.1 平台部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

5.3 上线运行后甲方提出的修改要求，属于需求清单范围内缺陷的，乙方在免费维护期内修复；属于新增需求的，双方另行协商费用和工期。

## 第六条 维护服务

6.1 乙方自平台上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应按乙方届时公布的维护服务价格标准与乙方另行签订维护合同。

6.3 故障处理：一级故障（平台无法登录或数据中断）乙方在接到通知后8小时内响应，二级及以下故障在三个工作日内响应。

6.4 乙方将尽力按上述时限处理故障，但对故障处理超时不承担任何扣款、赔偿或违约责任。

6.5 免费维护不包括：甲方自行修改配置造成的问题；传感器及网络故障；因甲方需求变更产生的功能调整；超出授权数量的接入。上述服务乙方按人天另行收费。

6.6 乙方提供的云服务器由乙方按其运维规范管理，乙方可根据运营需要调整服务器配置和部署方式。

6.7 甲方需要乙方现场服务的，应承担乙方人员的差旅费用，并按乙方人天单价支付服务费。

## 第七条 知识产权

7.1 平台软件及乙方为本项目开发的分析模型、预警规则、产量估算算法、溯源小程序及其源代码和文档，知识产权均归乙方所有。

7.2 乙方授予甲方在合同约定范围内非独占、不可转让的使用权，甲方不得修改、反向工程或许可第三方使用。

7.3 甲方在合同期内按照授权范围使用平台的，乙方保证平台软件不侵犯第三方知识产权。

7.4 合同终止后，甲方应停止使用平台及溯源小程序，乙方有权关闭甲方账号。

## 第八条 数据

8.1 甲方通过平台采集的蜂箱监测数据归甲方所有。乙方对平台数据采取必要的安全防护措施，包括访问控制、加密传输和定期备份；因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

8.2 甲方同意，乙方可将平台采集的数据进行脱敏和汇总后，用于乙方算法模型训练、产品改进以及行业蜂情分析报告的编制和发布，该等使用在合同终止后仍可继续。

8.3 甲方应自行负责其账号密码的保管。因甲方账号泄露导致的数据问题，乙方不承担责任。

8.4 合同终止后，乙方可保留甲方数据九十日，期满后删除，甲方需要导出的应在期限内提出，导出服务按乙方标准另行收费。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，但依法律规定或监管要求披露的除外。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、蜂群损失、产量损失或预期利益损失承担责任。

10.3 因传感器数据异常、网络中断、天气及其他非乙方可控原因导致的预警漏报或误报，乙方不承担责任。预警信息仅供甲方参考，甲方应结合现场巡查作出养殖决策。

10.4 甲方逾期付款超过十五日的，乙方有权暂停平台服务直至甲方付清款项，暂停期间造成的损失由甲方承担。

## 第十一条 合同解除

一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方可以书面通知解除合同。

## 第十一条之一 通知

双方的通知以书面形式或电子邮件送达本合同载明的联系人。一方联系方式变更的，应在三日内通知对方，否则按原联系方式送达即视为有效送达。

## 第十二条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条之一 不可抗力

因自然灾害、疫病、网络运营商故障、云服务商故障、政策变化等不能预见、不能避免、不能克服的情况导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十三条 其他

13.1 本合同以乙方标准合同文本为准，双方另有书面约定的除外。

13.1之一 甲方对本合同条款已充分阅读和理解，乙方已就责任限制条款向甲方作出说明。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

E01 = r"""T:Software Licence and Services Agreement
P:Agreement No. SLSA-MDN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangzhou Hengfa Import and Export Trading Co., Ltd., a company established in the People's Republic of China with its registered office in Guangzhou (the "Customer"), and PT Deli Serdang Sistem Informatika, a limited liability company established in the Republic of Indonesia with its registered office in Medan, North Sumatra (the "Vendor").
P:The Customer operates bonded and general warehouses in Guangzhou and Dongguan and wishes to replace its warehouse management software. The Vendor develops the WareTrack warehouse management system and has agreed to license it to the Customer and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the WareTrack warehouse management system, version 8, in object code, with the modules listed in Article 3.1, and all corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Customer, including inventory, order, customer, carrier and personnel data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that all acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence in Article 3, and shall deliver the following services: installation on the Customer's servers in Guangzhou; configuration for both sites; development of interfaces to the Customer's ERP system, its customs declaration platform and the electronic data interchange of three carriers; migration of item master, location and open-order data; and training for key users and administrators.
P:2.2 All services shall be performed in accordance with the Implementation Plan attached as Annex 2, which the parties may update by written agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for its own business and that of its affiliates in mainland China, for up to 220 named users, with the following modules: inbound and putaway, inventory control, outbound and wave picking, bonded stock ledger, yard management, and labour management.
P:3.2 The Customer may make copies of the Licensed Software for backup, testing and disaster recovery.
P:3.3 The Vendor keeps all intellectual property rights in the Licensed Software as it existed before this Agreement.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,724,000 (the "Contract Price"), inclusive of taxes, made up as follows: Licence Fees (all modules, 220 named users) CNY 1,180,000; implementation and configuration CNY 364,000; interface development CNY 152,000; training CNY 28,000.
P:4.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer.
P:5.2 The Customer shall pay 45% of the Contract Price within 20 days after the Go-Live of both sites.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:5.4 All payments shall be made in CNY to the Vendor's designated bank account.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall achieve Go-Live at the Guangzhou site within 110 days and at the Dongguan site within 150 days after signature.
P:6.2 Final Acceptance tests shall be carried out after 45 days of productive use at both sites. The acceptance criteria are: (a) every function in the Functional Specification passes the agreed test scripts; (b) physical stock counts in a sample of 2,000 locations match the system; (c) the ERP, customs and carrier interfaces run for 20 consecutive working days without a lost or duplicated message; (d) wave release for 3,000 order lines completes within 90 seconds; and (e) no Severity 1 incident has occurred in the last 20 working days.
P:6.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within 10 working days. Go-Live, productive use or any payment does not amount to acceptance. If any criterion is not met, the Vendor shall correct the defects and the tests shall be repeated.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the Functional Specification for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct all defects and provide new versions and remote and on-site support free of charge.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fees, that is CNY 129,800 per year, and shall not increase during the first three years after the Warranty Period.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:Article 9 Service Levels
P:9.1 The Vendor shall provide a support desk reachable by telephone, e-mail and portal, in Chinese and English.
P:9.2 Severity 1 (a site cannot receive or ship goods): response within 1 hour and a workaround within 6 hours, around the clock; Severity 2 (a major function fails): response within 2 hours and resolution within 2 working days; Severity 3: response within one working day.
P:9.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Customer a service credit of CNY 1,000, deducted from the next payment due.
H:Article 10 Intellectual Property
P:10.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall hand over their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:10.2 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement, shall not copy it outside the Customer's systems and shall not use it for any other purpose.
P:11.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with named accounts and multi-factor authentication, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:11.3 The Vendor shall notify the Customer of any actual or suspected security breach affecting Customer Data within 8 hours of becoming aware of it, shall assist in containing it, and shall be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and use it only for this Agreement. This obligation survives termination for three years.
H:Article 13 Delay Damages and Liability
P:13.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in this Agreement, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:13.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 11 and 12, infringement claims, personal injury or wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:15.2 If the Customer terminates under Article 15.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:16.2 Any dispute arising out of this Agreement shall be settled by arbitration administered by the Indonesian National Board of Arbitration (BANI) in Medan under its rules. The arbitration shall be conducted in English.
H:Article 16A Force Majeure
P:16A.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement between the parties. It may be amended only in writing signed by both parties.
P:17.2 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or e-mail to the addresses stated above.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — DeskFlow Service Desk Subscription

Order Form No. OF-PLM-2025-0217

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Parties

| Role | Details |
|---|---|
| Provider | PT Musi Awan Teknologi, a company established in Indonesia, Jalan Jenderal Sudirman, Palembang, South Sumatra |
| Customer | Hangzhou Lanting Home Appliances Co., Ltd., a company established in the People's Republic of China, Hangzhou, Zhejiang |
| Customer contact | Head of Customer Service Operations |
| Provider contact | Regional Account Director, Greater China |

### A2. Subscribed Service and Term

The Provider shall provide the DeskFlow cloud service desk (ticketing, omnichannel inbox for telephone, e-mail, web chat and WeChat, knowledge base, workforce scheduling, quality monitoring and reporting) for 450 named agent seats. The Subscription Term is 24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date of Go-Live Acceptance under A5.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 450 seats x CNY 1,160 | 522,000 |
| Subscription, Subscription Year 2 | 450 seats x CNY 1,160 | 522,000 |
| Onboarding (configuration, WeChat and telephony integration, migration of 1.6 million historical tickets, administrator training) | fixed, one-time | 78,000 |
| Total Contract Value | | 1,122,000 |

All fees include VAT. Additional seats may be added at the same per-seat price, pro rata for the remaining part of the Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days of the invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of the invoice.

(c) No other advance payment is due.

### A5. Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding within 70 days after signature of this Order Form, following the onboarding plan agreed at the kick-off meeting.

(b) Go-Live Acceptance tests: (i) all 450 seats can log in through the Customer's single sign-on; (ii) inbound WeChat messages, e-mails and calls create tickets routed to the right queues in a test of 500 sample contacts; (iii) the migrated historical tickets reconcile by count and status with the export from the Customer's legacy system; (iv) the standard reports and the eight custom dashboards listed in the onboarding plan show correct figures against a sample period. When all tests pass, the Customer signs a Go-Live Acceptance certificate. Use of the service for training or pilot purposes does not amount to acceptance.

### A6. Special Conditions

(a) Customer Data is hosted in the Provider's mainland China hosting region operated by a licensed local cloud provider.

(b) Renewal: after the Subscription Term, the Agreement renews for successive periods of one Subscription Year at the same per-seat fee, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, content and materials submitted to the service by or for the Customer or its end customers, including ticket content, contact details, call recordings and chat transcripts.

1.2 "Customer Configurations" means workflows, queue rules, forms, templates, dashboards and integration scripts created for the Customer during onboarding or later at the Customer's request.

1.3 "Service" means the DeskFlow service described in the Order Form, including updates made generally available by the Provider.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the Documentation and the Service Levels in Section 5.

2.2 The Provider may improve or change the features of the Service but shall not materially reduce its functionality during the Subscription Term.

2.3 The Customer shall keep its log-in credentials secure and is responsible for the acts of its users.

### 3. Customer Data

3.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, share or analyse it for its own benefit.

3.2 On expiry or termination, the Provider shall make Customer Data available for export in CSV and JSON formats for 60 days and shall then delete it, and confirm the deletion in writing.

### 4. Data Security

4.1 The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log administrative access, and carry out annual penetration tests by an independent firm.

4.2 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in respect of personal information of the Customer's end customers, and shall not transfer Customer Data outside mainland China.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, cooperate in its investigation, and bear the costs and losses resulting from an incident caused by its failure to comply with this Section 4.

### 5. Service Levels

5.1 Availability target: the Service is designed to be available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance.

5.2 Support response targets: Severity 1 (the Service is unavailable to all or most agents): 1 hour, 24x7; Severity 2 (a major feature fails): 2 business hours; Severity 3: next business day.

5.3 The availability and response figures in this Section 5 are targets. The Provider will report its performance against them each month, but a failure to meet any target does not entitle the Customer to service credits, fee reductions, refunds or damages.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service, its software and Documentation.

6.2 Customer Configurations belong to the Customer. The Provider shall provide them in exportable form on request, and the Customer may use, modify and have them used by third parties without restriction.

### 7. Confidentiality

7.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the end of the Agreement and, for Customer Data, indefinitely.

### 8. Subcontracting

8.1 The Provider may not subcontract the performance of the Service, other than to its hosting provider named in the Order Form, without the Customer's prior written consent. The Provider is responsible for its subcontractors as for itself.

### 9. Fees and Taxes

9.1 Fees are stated in the Order Form and are fixed for the Subscription Term.

9.2 The Provider shall issue valid VAT invoices through its registered entity in China.

9.3 If the Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall settle the dispute within 20 days.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or loss of profit, except in cases of wilful misconduct.

10.2 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of Sections 3, 4 or 7 or to the Customer's payment obligations.

### 11. Term and Termination

11.1 The Agreement runs for the Subscription Term and any renewal under A6(b).

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

11.3 If the Customer terminates under 11.2, the Provider shall refund the prepaid fees for the remainder of the Subscription Year.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 12A. Suspension

12A.1 The Provider may suspend the Service only if an undisputed invoice remains unpaid 30 days after a written reminder, or if suspension is needed to prevent an imminent security threat. It shall give the Customer advance notice wherever possible, limit any suspension to what is necessary and restore the Service promptly.

### 12B. Force Majeure

12B.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly. This does not excuse the Provider from maintaining its disaster recovery arrangements.

### 13. General

13.1 Neither party may assign the Agreement without the other's written consent, except to an affiliate as part of a reorganisation.

13.2 Notices must be in writing and sent to the contacts in A1.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

E03 = r"""T:Supply and Licence Contract — Vibration Monitoring System
P:Contract No. PM-EQ-2025-058
P:This Contract is made between Jiangxi Ganyuan Paper Co., Ltd., a company established in the People's Republic of China with its registered office in Jiujiang, Jiangxi (the "Buyer"), and PT Ranah Minang Sensorindo, a company established in the Republic of Indonesia with its registered office in Padang, West Sumatra (the "Supplier").
P:The Buyer wishes to install online vibration monitoring on the rotating equipment of its two paper machines and its pulping line. The Supplier has offered wireless vibration sensors, gateways and its VibraSense monitoring software. The parties agree as follows.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the VibraSense server software and client licences listed in the Price Schedule, in object code, with documentation and updates.
P:1.3 "Custom Work" means the fault models, alarm rules, dashboards and interfaces configured or developed by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the system, configure fault models for the 180 monitored machines (motors, fans, pumps, refiners, dryer cylinders and press rolls), build the dashboards and integrate the system with the Buyer's distributed control system and its maintenance management system.
P:2.2 The Supplier shall train 20 maintenance engineers and 6 system administrators.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,370,000, inclusive of VAT, delivery to the Buyer's mill, insurance and all taxes, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|3,900|702,000
TB:2|Industrial gateway with mounting kit|14|8,600|120,400
TB:3|VibraSense server licence and 25 client licences, perpetual|1|296,000|296,000
TB:|Hardware and Licence Subtotal|||1,118,400
TB:4|Installation and commissioning|1|98,600|98,600
TB:5|Fault model configuration, dashboards and interfaces|1|132,000|132,000
TB:6|Training|1|21,000|21,000
TB:|Contract Price|||1,370,000
P:3.2 The Contract Price is fixed and includes all spare parts and tools required for commissioning.
H:4. Payment
P:4.1 10% of the Contract Price within 15 working days after signature, against an advance payment bank guarantee for the same amount.
P:4.2 55% of the Contract Price within 20 working days after all Equipment has been delivered, installed and signed for by the Buyer. Signature of the delivery note confirms quantity only and does not constitute acceptance.
P:4.3 35% of the Contract Price within 20 working days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's mill within 60 days after signature and complete installation within 35 days after delivery, during the maintenance shutdowns notified by the Buyer.
P:5.2 The Supplier shall comply with the Buyer's site safety rules, including hot-work and lock-out procedures.
P:5.3 The Supplier shall submit a detailed installation plan at least 10 days before each shutdown, listing the machines concerned, the mounting method for each sensor, the gateway positions and the personnel on site. Work on a machine may start only after the Buyer's maintenance supervisor has issued a work permit. The Supplier shall leave each work area clean and remove its packaging and waste.
H:6. Acceptance
P:6.1 Final Acceptance tests start after a trial run of 45 days. The acceptance criteria are: (a) all 180 sensors report at the configured interval with a data loss below 0.5% over the trial run; (b) vibration values deviate by no more than 5% from a calibrated portable analyser on 20 sample points; (c) the fault models detect the seeded faults in the test plan; (d) alarms reach the distributed control system and create work orders in the maintenance system within 60 seconds; (e) the documentation and source code of the Custom Work have been delivered.
P:6.2 If all criteria are met, the Buyer signs the Final Acceptance Certificate within 10 working days. Installation, trial operation or use of the system is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months after Final Acceptance. During this period it shall repair or replace defective Equipment within 10 days, correct Software defects and supply new versions free of charge.
P:7.2 Sensor batteries that fail within the warranty period shall be replaced free of charge.
H:8. Support after Warranty
P:8.1 After the warranty period the Supplier shall offer annual support at 9% of the Hardware and Licence Subtotal, that is CNY 100,656 per year, fixed for three years after the warranty period.
P:8.2 Annual support is ordered by separate purchase order and does not renew automatically.
H:9. Service Levels
P:9.1 The Supplier shall provide remote support in Chinese through a hotline and ticket portal.
P:9.2 Severity 1 (monitoring of a paper machine is lost): response within 30 minutes and on-site attendance within 24 hours if remote resolution fails. Severity 2: response within 2 hours. Severity 3: response within one working day.
P:9.3 For each hour by which a Severity 1 response time is exceeded, the Supplier shall pay CNY 1,000, and for each day by which on-site attendance is late, CNY 3,000. These amounts may be deducted from any payment due.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the Software as it existed before this Contract.
P:10.2 The Custom Work, including its source code and documentation, belongs to the Buyer, who may use, modify and license it freely.
H:11. Buyer Data and Data Security
P:11.1 All vibration data, alarm records and machine information collected by the system belong to the Buyer and are stored on the Buyer's servers. The Supplier may use them only to perform this Contract.
P:11.2 Remote access by the Supplier requires the Buyer's approval for each session and must pass through the Buyer's bastion host with recorded sessions. The Supplier shall not copy Buyer data to its own systems.
P:11.3 The Supplier shall report any security incident affecting Buyer data within 12 hours and is liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the Contract ends.
H:13. Delay Damages and Liability
P:13.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 11 and 12.
H:13A. Inspection and Documentation
P:13A.1 The Supplier shall provide, together with the Equipment, certificates of origin, factory test reports, calibration certificates for the sensors, installation drawings, an operation and maintenance manual in Chinese, and an as-built list of sensor positions. Equipment delivered without these documents is treated as not delivered.
P:13A.2 The Buyer may inspect the Equipment on arrival. Damaged or non-conforming items shall be replaced by the Supplier at its cost within 15 days.
P:13A.3 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the delivery note.
H:13B. Spare Parts
P:13B.1 The Supplier shall keep spare sensors and gateways of the supplied models available for at least seven years after Final Acceptance and shall inform the Buyer at least six months before any model is discontinued, offering a compatible replacement.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:14A. Training
P:14A.1 Training shall take place at the Buyer's mill in Chinese and cover sensor handling and battery replacement, reading of spectra and trends, alarm handling, fault model adjustment and system administration. The Supplier shall provide training materials that the Buyer may copy for internal use.
P:14A.2 If any trainee group does not pass the practical test at the end of the course, the Supplier shall repeat the relevant module at no extra charge.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:17. Force Majeure and General
P:17.1 Neither party is liable for delays caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect.
P:17.2 This Contract, with Annex A (Technical Specification) and Annex B (Acceptance Test Plan), is the entire agreement of the parties and may be amended only in writing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

Agreement No. MSA-PKU-2025-009

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

- **Chongqing Yufeng Auto Parts Co., Ltd.**, a company established in the People's Republic of China, with its registered office in Chongqing (the "Customer"); and
- **PT Siak Riau Solusi Digital**, a company established in the Republic of Indonesia, with its registered office in Pekanbaru, Riau (the "Provider").

## Section 1. Background and Definitions

1.1 The Customer runs its ERP, manufacturing execution and warehouse systems on servers, storage and backup equipment in its own data room in Chongqing. The Customer wishes the Provider to operate and maintain this infrastructure remotely, with a local engineer on site, for 36 months.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Charges" means the charges in Schedule 2; "Transition" means the handover of operations described in Schedule 3; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate; "Customer Data" means all data stored on or processed by the managed infrastructure; and "Deliverables" means the runbooks, scripts, configuration records and reports prepared by the Provider for the Customer.

## Section 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services in Schedule 1 for a term of 36 months (the "Term").

2.2 The Provider shall use commercially reasonable efforts to respond promptly to incidents reported by the Customer and to restore affected services as soon as practicable. The Provider shall monitor the infrastructure around the clock and keep the Customer informed of the progress of any incident.

2.3 The Provider shall assign a service manager who shall meet the Customer each month to review incidents, changes, capacity and planned work.

2.4 The Customer shall give the Provider the access, information and cooperation reasonably needed to perform the Services, and shall notify the Provider promptly of planned changes to its applications.

2.5 The Provider shall provide the Customer with a monthly service report describing incidents, changes made, backup results, capacity trends and recommendations, and with access to its ticketing portal.

## Section 3. Transition

3.1 The Provider shall carry out the Transition in accordance with Schedule 3 and complete it within 75 days after signature.

3.2 Transition acceptance criteria: (a) all configuration items in scope are recorded in the configuration database and reconciled with a physical audit; (b) monitoring covers every server, storage array, switch and backup job in scope, and test alerts reach the Provider's operations centre; (c) a full restore of the ERP database from backup to the test environment succeeds and is verified by the Customer's application team; (d) runbooks for the 25 most frequent operational tasks are approved by the Customer; and (e) the Provider's on-site engineer has completed the Customer's safety and security induction.

3.3 When all criteria are met, the Customer shall sign a Transition Acceptance certificate within 7 working days. Partial operation of the Services during Transition is not acceptance.

3.4 If the Provider fails to complete Transition by the date in 3.1 for reasons attributable to it, it shall pay delay damages of CNY 1,500 for each day of delay.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 2. The total Charges for the Term are CNY 2,190,000, inclusive of VAT.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Each invoice is payable within 30 days.

4.3 No advance payment is payable under this Agreement.

4.4 The Charges are fixed for the Term. Additional work outside Schedule 1 requires a written change order with an agreed price.

## Section 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall access and process it only as needed to perform the Services and shall not copy, retain or use it for any other purpose.

5.2 The Provider shall access the Customer's systems only through the Customer's bastion host with named accounts and multi-factor authentication; all sessions are recorded. Remote access from outside mainland China is permitted only to monitoring consoles that do not display Customer Data.

5.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and the Customer's information security policies.

5.4 The Provider shall report any security incident affecting Customer Data within 6 hours of detection, take all steps needed to contain it, and be liable for the Customer's losses resulting from an incident caused by the Provider's breach of this Section 5.

## Section 6. Intellectual Property

6.1 The Deliverables belong to the Customer from creation. The Provider shall keep them up to date in the Customer's document repository and may not withhold them for any reason.

6.2 The Provider keeps its own tools and know-how, and grants the Customer a free licence to any of its tools embedded in the Deliverables, for as long as the Customer uses them.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information obtained under this Agreement and shall not disclose it to third parties without prior written consent, except as required by law. This Section survives termination for three years.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall assign suitably qualified personnel and replace any person whom the Customer reasonably objects to.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the nine (9) months preceding the event giving rise to the claim.

## Section 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term unless terminated earlier. It does not renew automatically; any extension requires a written amendment.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

10.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, return all Customer Data and Deliverables, and delete any copies.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 11A. Business Continuity

11A.1 The Provider shall maintain a business continuity plan for its operations centre, test it at least once a year and share the results with the Customer. The Provider shall ensure that the loss of any single operations site does not interrupt monitoring of the Customer's infrastructure.

11A.2 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

## Section 12. General

12.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. In case of conflict, the Sections prevail over the Schedules.

12.2 Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Monitoring | Monitoring of 64 physical and virtual servers, 3 storage arrays, 22 network devices and backup jobs, with alerting to the Provider's operations centre | 24x7 |
| Incident management | Logging, diagnosis and resolution of incidents; escalation to hardware vendors | 24x7 |
| Change management | Patching of operating systems and firmware, configuration changes, under the Customer's change approval | Business hours, planned windows |
| Backup and restore | Daily and weekly backups, restore requests, quarterly restore tests | Daily |
| Capacity reporting | Monthly report on storage, CPU and network usage with recommendations | Monthly |
| On-site support | One engineer on site in Chongqing on working days | Working days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | 36 months x CNY 58,500 | 2,106,000 |
| Total Charges for the Term | | 2,190,000 |
| Exit assistance | Per engineer day, if requested | 2,800 |

## Schedule 3 — Transition Plan

| Phase | Activities | Target (days after signature) |
|---|---|---|
| Discovery | Inventory, documentation review, interviews with the Customer's IT team | 20 |
| Tooling | Installation of monitoring agents and configuration database, test alerts | 40 |
| Shadow operation | Provider works alongside the Customer's team, drafts runbooks | 60 |
| Handover | Restore test, runbook approval, Transition Acceptance | 75 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """MARINE WEATHER AND OCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. DA-BTJ-2025-031

PARTIES

This Subscription Agreement is made between Qingdao Haiyun Shipping Management Co., Ltd., a company established in the People's Republic of China with its registered office in Qingdao, Shandong (the "Customer"), and PT Serambi Samudra Data, a company established in the Republic of Indonesia with its registered office in Banda Aceh, Aceh (the "Provider").

BACKGROUND

The Customer manages a fleet of bulk carriers and wishes to receive forecast and observed marine weather and ocean data through an application programming interface for its voyage planning and fleet monitoring systems. The Provider operates the SeaSight data platform and agrees to supply the data on the terms below.

1. DEFINITIONS

1.1 "API" means the SeaSight application programming interface through which the Data is delivered.

1.2 "Data" means the forecast and observed wind, wave, swell, current, visibility and tropical cyclone data made available through the API.

1.3 "Customer Inputs" means vessel positions, planned routes, port calls and other information submitted by the Customer through the API.

1.4 "Subscription Year" means each of the two consecutive periods of one year starting on the Service Start Date, and "Subscription Term" means both Subscription Years together.

1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data in the Customer's voyage planning, performance monitoring and reporting, for up to 60 vessels and 80 named users.

2.2 The Customer may store Data retrieved during the Subscription Term and continue to use it for internal records after the Term ends.

2.3 The Customer's quota is 3 million API calls per Subscription Year. Calls above the quota are charged at CNY 0.06 per call, invoiced quarterly in arrears.

2.4 The Customer shall not resell the Data, publish it to third parties other than its charterers and vessel masters in the ordinary course of business, or use it to build a competing data service.

2.5 The Provider shall provide technical documentation of the API, sample code, and a support mailbox for integration questions answered within one business day.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 386,000 per Subscription Year, or CNY 772,000 for the Subscription Term.

3.2 The integration fee is CNY 26,000, payable once, for the setup of API credentials, mapping of the Data to the Customer's voyage planning system, and testing.

3.3 The total contract value, excluding any usage above the quota, is CNY 798,000 inclusive of VAT.

3.4 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

3.5 Fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall make the API available in a test environment within 10 days after signature and complete integration support within 45 days after signature.

4.2 Integration Acceptance criteria: (a) the API returns forecasts for all 60 vessels' positions at the agreed 3-hour time steps for 10 days ahead; (b) average response time for a route forecast request is below 2 seconds over a test of 5,000 requests; (c) values for 200 sample points match the Provider's reference dataset; and (d) tropical cyclone alerts reach the Customer's system within 10 minutes of publication in a simulation.

4.3 When the criteria are met, the Customer signs an Integration Acceptance certificate. Use of the test environment is not acceptance.

4.4 If the Provider fails to complete integration support by the date in 4.1 for reasons attributable to it, it shall pay CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance.

5.2 Incident response: Severity 1 (the API is unavailable or returns no forecasts): response within 1 hour, 24x7. Severity 2 (degraded data or delays in updates): response within 3 hours. Severity 3: next business day.

5.3 Service credits: if monthly availability falls below the commitment in 5.1, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly equivalent. A missed Severity 1 response time gives a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Term.

6. CUSTOMER INPUTS

6.1 Customer Inputs remain the property of the Customer. The Provider shall use Customer Inputs only to deliver the Data and alerts requested by the Customer, and shall not use them for any other purpose, sell them or disclose them to any third party.

6.2 The Provider shall delete Customer Inputs within 30 days after the end of the Subscription Term.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own all rights in the API and the Data.

7.2 Route alert rules, data mappings and report templates configured for the Customer during integration belong to the Customer, who may use and modify them freely and have them maintained by third parties.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's fleet and commercial information and the Provider's pricing, and shall not disclose it to any third party without prior written consent, except to professional advisers bound by confidentiality or as required by law.

8.2 This clause survives the end of this Agreement for three years.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the delivery of the Data or the integration support without the Customer's prior written consent, except for its existing hosting provider.

10. LIABILITY

10.1 The Data is derived from numerical models and observations and is provided for planning support. The master of each vessel remains responsible for navigation decisions.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value in clause 3.3. Neither party is liable for indirect loss or loss of profit.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a renewal requires a new written agreement.

11.2 The subscription is non-cancellable by the Customer during the Subscription Term, and fees paid are non-refundable. The Customer's remedies for any failure of the Provider are the service credits in clause 5.3 and the delay payment in clause 4.4.

11.3 The Provider may suspend access or terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 20 days after a reminder, or uses the Data in breach of clause 2.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

11A. SUPPORT AND ACCOUNT MANAGEMENT

11A.1 The Provider shall name an account manager and a technical contact for the Customer and shall hold a review meeting with the Customer at least every quarter to discuss usage, incidents, data quality and planned changes.

11A.2 Support requests may be raised by e-mail, portal or telephone in English or Chinese.

11A.3 The Provider shall keep the Customer informed of planned maintenance through the portal and by e-mail, and shall schedule it outside the Customer's main voyage planning hours in China Standard Time wherever practicable.

11A.4 The Customer shall notify the Provider of any changes to its systems that may affect the integration, such as new vessel identifiers or changes in its voyage planning software, so that the mappings can be updated.

12A. DATA QUALITY AND CHANGES

12A.1 The Provider shall give the Customer at least 60 days' notice before retiring any data field or API version used by the Customer, and shall keep the retired version available for that period.

12A.2 The Provider shall publish release notes for changes in its forecast models and inform the Customer of known data quality issues affecting the Customer's operating areas without delay.

12A.3 The Provider shall provide the Customer each quarter with a verification report comparing its forecasts of wind and significant wave height with observations in the Customer's main trading areas.

12B. FORCE MAJEURE

12B.1 Neither party is liable for a failure caused by events beyond its reasonable control, including failure of public satellite or observation networks, provided it notifies the other party promptly and uses reasonable efforts to restore performance.

13. GENERAL

13.1 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing.

13.2 Notices shall be sent by e-mail with confirmation by courier to the addresses of the parties stated above.

SIGNATURES

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, source)
    "z01": ("h646z01_soil_erosion_monitoring_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h646z02_valve_test_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h646z03_foot_spa_chain_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h646z04_rescue_station_system_om_service.txt", "txt", "zh", Z04),
    "z05": ("h646z05_apiary_hive_monitoring_supplier_template.md", "md", "zh", Z05),
    "e01": ("h646e01_warehouse_software_licence_medan_vendor.pdf", "pdf", "en", E01),
    "e02": ("h646e02_service_desk_saas_order_form_palembang.md", "md", "en", E02),
    "e03": ("h646e03_vibration_sensors_monitoring_licence_padang.docx", "docx", "en", E03),
    "e04": ("h646e04_managed_infrastructure_services_pekanbaru.md", "md", "en", E04),
    "e05": ("h646e05_marine_weather_api_subscription_banda_aceh.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


G, S = "goods_or_licence", "service"
# key: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), design data (fee base,
# forum outside mainland), design rules
LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                          False, "PRC", G), (True, True, True, False, 1568000), (860000, False), []),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 33, False, True,
                          False, "PRC", G), (True, True, True, False, 1440000), (1112000, False),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                       False, "PRC", S), (True, True, None, False, 524800), (None, False),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", T(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                          True, True, "PRC", S), (True, True, None, False, 336000), (None, False),
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z05": ("software", T(None, 8, False, "supplier", True, False, True, 0.06, 20, 65, False, False, 6, None, False,
                          True, None, None, G), (True, True, False, True, 854000), (420000, False),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                          False, "Indonesia", G), (True, True, True, False, 1724000), (1180000, True),
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", T(99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                       False, "PRC", S), (True, False, None, False, 1122000), (None, False),
            ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                          False, "PRC", G), (True, True, True, False, 1370000), (1118400, False), []),
    "e04": ("services", T(None, None, False, "buyer", True, True, True, 1500 / 2190000 * 100, 9 / 36 * 100, None, True,
                          None, None, None, False, True, False, "PRC", S), (False, True, None, False, 2190000),
            (None, False), ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e05": ("services", T(99.95, 1, True, "buyer", False, True, True, 600 / 798000 * 100, 150, None, True, None, None,
                          None, False, False, False, "PRC", S), (True, True, None, False, 798000), (None, False),
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "high", "e05": "high"}


def tco_share(t, value, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, ex, design):
    """My reading of policy section 3 applied to the labels."""
    sla, ld_stated, capped, deemed, value = ex
    base, forum_outside = design
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
    if t["buyer_owns_data"] is not True:
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and t["warranty_months"] is not None:
            share = tco_share(t, value, base)
            assert not 38 <= share <= 42, share
            if share > 40:
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


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
THRESH_LABEL = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
NB = r"(?<![\d.])"
THRESH_RE = re.compile("|".join([
    NB + r"99\.9(?!\d)",
    NB + r"4\s*(?:h\b|hrs?\b|hours?\b|小时|个小时)", r"four\s*(?:\(4\)\s*)?hours?\b", r"四个?小时",
    NB + r"0\.05\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百])", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"(?:100|30|40|15)\s*(?:%|％|per\s*cent|percent)", r"百分之(?:百|一百|三十|四十|十五)(?![一二三四五六七八九点])",
    r"(?:one\s*hundred|thirty|forty|fifteen)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
    NB + r"12\s*-?\s*(?:months?|个月|月)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
]), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4 hours", "4小时", "四小时", "within four hours", "0.05%", "万分之五", "30%",
            "40 %", "15%", "100%", "百分之三十", "12 months", "12个月", "十二个月", "twelve (12) months", "12-month",
            "thirty per cent", "0.05 per cent"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "34 hours", "130%", "2.15%", "0.055%", "万分之五十", "112 months",
             "36个月", "14 days", "8%", "45%", "百分之三十五", "150%", "0.15%"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), s


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    # sums
    assert 860000 + 548000 + 126000 + 34000 == 1568000
    assert 516000 + 188000 + 64000 + 108000 + 236000 == 1112000 and 1112000 + 186000 + 124000 + 18000 == 1440000
    assert 1112000 * 33 // 100 == 366960 and 860000 * 9 // 100 == 77400
    assert 80 * 2680 == 214400 and 2 * 214400 + 96000 == 524800
    assert 4 * 84000 == 336000
    assert 420000 + 356000 + 64000 + 14000 == 854000
    assert 1180000 + 364000 + 152000 + 28000 == 1724000 and 1180000 * 11 // 100 == 129800
    assert 450 * 1160 == 522000 and 2 * 522000 + 78000 == 1122000
    assert 180 * 3900 == 702000 and 14 * 8600 == 120400 and 702000 + 120400 + 296000 == 1118400
    assert 1118400 + 98600 + 132000 + 21000 == 1370000 and round(1118400 * 0.09) == 100656
    assert 36 * 58500 == 2106000 and 2106000 + 84000 == 2190000
    assert 2 * 386000 == 772000 and 772000 + 26000 == 798000
    for splits in ([20, 45, 35], [20, 35, 45], [65, 35], [10, 55, 35]):
        assert sum(splits) == 100 and not {15, 30, 40, 100} & set(splits)
    # build
    write({k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang, src) in FILES.items():
        text = read_back(OUT / name, fmt)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}")
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        cat, terms, ex, design, rules = LABELS[k]
        for key, th in THRESH_LABEL.items():
            assert terms[key] is None or terms[key] != th, (name, key)
        assert ex[4] not in (th for th in THRESH_LABEL.values())
        got = derive(terms, ex, design)
        assert got == sorted(rules), (name, got, rules)
        assert risk(got) == DESIGN_RISK[k], (name, risk(got))
        covered |= set(got)
        if terms["contract_kind"] == G and terms["post_warranty_fee_pct"] is not None and ex[2]:
            print(f"  TCO share {tco_share(terms, ex[4], design[0]):.1f} %")
        extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex[2]
        extra["acceptance_deemed_on_delivery"] = ex[3]
        extra["contract_value"] = ex[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": got}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(v[4]) for k, v in LABELS.items()}
    assert sorted(k for k, c in counts.items() if c == 0) == ["e03", "z01"]
    assert LABELS["e01"][4] == ["CR-GOVERNING-LAW"] and 8 <= counts["z05"] <= 10
    assert sorted(k for k, c in counts.items() if 2 <= c <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed")


if __name__ == "__main__":
    main()
