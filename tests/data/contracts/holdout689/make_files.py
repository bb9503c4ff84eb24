"""holdout689: builds the ten blind held-out drafts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt / .md are written from the sources below; .docx / .pdf through ../word_pdf.py (markup T:/H:/P:/TB:).
Labels are written from LABELS; the expected rules are derived from the labels with a reading of policy section 3
and compared with the design list; lengths, sums and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:澜江省水产种业服务中心水产良种登记管理平台建设项目采购合同
P:合同编号：LJSC-ZFCG-2027-016
P:采购项目编号：LJZC2027-G0418（公开招标）
P:甲方（采购人）：澜江省水产种业服务中心
P:乙方（供应商）：杭州鳞图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同具有同等效力；如有不一致，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设水产良种登记管理平台，包括良种登记申报与审核、亲本来源与繁育记录、苗种生产单位备案、质量抽检、证书电子化、统计分析及对外公示等功能，并与省水产技术推广信息系统、农业农村部相关业务系统及省电子证照库对接。
P:1.2 乙方提供平台基础软件的永久使用许可（不限用户数，部署于甲方使用的政务云），并按甲方需求完成定制开发、部署实施、历史数据初始化和培训。
P:1.3 详细功能及技术要求以招标文件第五章《采购需求》和双方确认的《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾玖万元整（¥1,390,000），为含税固定总价，其中：平台基础软件许可费¥760,000；定制开发费¥528,000（含良种登记流程、亲本溯源、抽检管理及六个外部接口）；部署实施及数据初始化费¥84,000；培训费¥18,000。
P:2.2 合同价款已包括乙方完成本项目所需的全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥278,000。
P:3.2 系统初步验收合格后，甲方支付合同总价的45%，即¥625,500。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%，即¥486,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序办理支付，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提交初步验收申请；初步验收合格后进入不少于六十日的试运行期。
P:4.2 乙方应在项目启动后十日内提交实施方案、人员名单及进度计划，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 甲方应为乙方提供政务云资源、测试账号、历史登记数据及必要的办公条件，并指定项目负责人协调各业务处室。因甲方原因造成的延误，工期相应顺延，但乙方应及时书面提出。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现并通过甲方组织的功能测试；六个外部接口连续五个工作日运行无错误；在两百个并发用户下，常用查询响应时间不超过两秒；第三方测评机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告无高风险问题。
P:5.2 最终验收标准：试运行期内未发生一级故障；历史登记数据迁移后经全量比对无差异；用户手册、运维手册、源代码及接口文档齐全；甲方组织专家评审通过并出具最终验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台在质保期内的月度可用率不低于99.95%。一级故障（平台无法登录或登记业务中断）乙方应在三十分钟内响应、两小时内到场、八小时内恢复；二级故障两小时内响应、次日内解决；三级故障三个工作日内处理。
P:6.3 乙方每迟延响应或迟延恢复一小时，向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，向甲方支付¥2,000。上述款项可从应付款中直接扣除。
P:6.4 质保期满后，如甲方续购运维服务，年度运维费不超过平台基础软件许可费的9%（即每年不超过¥68,400），且三年内不上调。运维合同逐年另行签订，不自动续期。
P:6.5 乙方应为甲方及各市县水产技术推广机构提供不少于三期集中培训，培训对象包括登记审核人员、苗种生产单位填报人员和系统管理员，并提供培训教材和操作视频。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、数据库设计及相关文档（含源代码）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改、再开发和许可他人使用。
P:7.3 乙方保证其交付成果不侵犯第三方权利；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的良种登记数据、苗种生产单位信息、检测数据及日志数据均属于甲方，乙方仅可为履行本合同使用，不得用于任何其他目的，不得复制或带离甲方环境。
P:8.2 乙方应落实访问控制、操作审计、数据加密和备份措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据安全事件的，乙方应在发现后一小时内报告甲方并立即采取补救措施；因乙方原因造成数据损毁、丢失或被非法获取的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料和业务信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，甲方有权要求其限期整改；整改后仍不合格的，甲方可拒绝验收并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：逾期超过三十日仍未提交初步验收申请；两次验收均不合格；发生重大数据安全事件；其他严重违约经书面催告后十五日内仍未纠正。
P:12.2 合同解除的，乙方应退还已收取的相应款项，并赔偿甲方因此遭受的损失。
P:12.3 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，双方按已完成工作量结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 乙方应按政府采购有关规定，在合同签订后向甲方提交相当于合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方联系人、通讯地址及电子邮箱以合同首页记载为准，一方变更的，应在三日内书面通知对方。
P:甲方（盖章）：澜江省水产种业服务中心    乙方（盖章）：杭州鳞图信息技术有限公司
P:签订日期：2027年4月8日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = """T:钓竿碳布卷制及固化生产线控制系统改造合同
P:合同编号：WHYJ-SB-2027-031
P:甲方：威海远矶渔具制造有限公司
P:乙方：青岛瀚控自动化工程有限公司
P:签订地点：山东省威海市
P:甲方拟对其二号厂房碳素钓竿卷制及固化生产线实施控制系统改造，经比选确定乙方为承包方。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜订立本合同。
H:第一条 改造范围
P:1.1 改造对象为二号厂房碳布卷管工段六台卷管机、四台固化炉及脱模工段，共一条完整生产线。
P:1.2 乙方负责：卷管机伺服张力控制系统更换；固化炉多区温控系统及炉温记录改造；工段数据采集网关及传感器安装；产线监控软件部署；与甲方现有MES系统对接；操作及维护人员培训。
P:1.3 改造后应达到的性能指标：卷管张力波动不超过设定值的±2%；固化炉各区控温偏差不超过±1.5℃；每支钓竿的批次工艺数据可追溯至卷制机台、班次和炉次。
P:1.4 拆除的旧控制柜、线缆等物资归甲方所有，乙方应分类整理后交甲方仓库，不得擅自处置。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾万零肆仟元整（¥1,304,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|卷管机伺服张力控制系统|6套|68,000|408,000
TB:2|固化炉多区温控系统|4套|92,500|370,000
TB:3|数据采集网关及传感器|1批|146,000|146,000
TB:4|产线监控软件永久许可|1套|238,000|238,000
TB:|软硬件小计|||1,162,000
TB:5|安装调试及MES对接|1项|118,000|118,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,304,000
P:2.2 上述价格含税，含运输、保险及安装所需辅材。除本合同另有约定外，甲方不再承担其他费用。
P:2.3 因甲方需求变更增加的工作量，由双方按本合同单价或另行协商确定价格，并签订补充协议。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，即¥260,800。
P:3.2 全部设备到货并安装完成、乙方提交安装报告后，甲方支付合同总价的55%，即¥717,200。到货及安装完成不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥326,000。
P:3.4 乙方应在每期付款前开具增值税专用发票。
P:3.5 甲方付款前，乙方应提交相应付款节点的证明文件，包括到货签收单、安装报告或最终验收报告。
H:第四条 交货与安装
P:4.1 乙方应于2028年1月10日前将全部设备运抵甲方厂房，并在甲方春节停产窗口（2028年1月20日至2月15日）内完成拆除、安装和单机调试。
P:4.2 乙方应编制停产期间施工方案，明确旧设备拆除、线缆敷设、带电作业和动火作业的安全措施，经甲方安全部门审核后实施。
P:4.3 乙方应保证复产后三日内产线恢复正常节拍；复产初期乙方工程师应驻厂值守不少于十日。
P:4.4 乙方进场人员应接受甲方安全教育，遵守甲方厂区消防及用电管理制度；固化炉区域动火作业须办理动火许可。因乙方人员违规作业造成的人身伤害或财产损失，由乙方负责。
H:第五条 验收
P:5.1 验收标准：连续七十二小时满负荷试生产无停机故障；卷管张力和炉温控制达到第1.3款指标；改造后三十日内成品废品率不高于改造前三个月平均水平；随机抽取五十个批次，工艺数据均可完整追溯；MES对接数据与现场记录一致。
P:5.2 验收由甲方组织，乙方配合。验收合格的，双方签署最终验收报告。
P:5.3 设备到货、安装完成或甲方投入生产均不视为验收合格。验收不合格的，乙方应在十日内整改并承担费用。
P:5.4 乙方应在验收前提交电气图纸、PLC程序备份、参数清单、操作规程、维护手册及备件清单各两套（含电子版）。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，免费升级监控软件。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内响应、6小时内到场；二级故障（单台设备停机）2小时内响应、次日到场；三级故障三个工作日内处理。
P:6.3 乙方每迟延响应或迟延到场一小时，向甲方支付¥800，甲方可从应付款项中扣除。
P:6.4 质保期满后，乙方提供维保服务，内容包括季度巡检、易损件及备件更换、软件升级和远程诊断。年度维保费为软硬件小计的26%，即每年¥302,120，自质保期满之日起三年内价格不变。维保合同逐年签订，不自动续期。
P:6.5 乙方应在甲方厂区常备易损件，包括伺服驱动器、温控模块、热电偶及网关电源，具体清单见附件；质保期内备件消耗由乙方承担。
P:6.6 乙方应为甲方培训操作工不少于二十名、设备维护人员不少于四名，培训考核合格后方可独立上岗。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:7.2 为本项目编写的PLC程序、HMI画面、工艺配方界面、MES对接程序及其源代码归甲方所有，甲方可自行或委托他人修改和使用。
H:第八条 数据安全
P:8.1 生产线工艺参数、配方、生产记录及设备运行数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方逐次授权开通，作业过程留存日志；乙方不得在控制网络中接入未经甲方检测的设备。
P:8.3 发生数据安全事件的，乙方应在一小时内通知甲方并协助处置；因乙方原因造成数据丢失、篡改或被非法获取的，乙方承担全部赔偿责任。
P:8.4 合同终止或维保服务结束后，乙方应删除其持有的甲方工艺数据副本，并向甲方出具书面确认。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方技术信息和经营信息负有保密义务，尤其是甲方的钓竿卷制工艺和固化曲线，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的时间完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方原因导致复产推迟的，乙方还应赔偿甲方的直接停产损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:10.4 乙方提供的设备或软件侵犯第三方知识产权的，由乙方负责处理并赔偿甲方因此遭受的全部损失。
H:第十一条 分包
P:11.1 乙方可将电气柜安装、现场布线等辅助工作分包给具备相应资质的单位，但应在进场前五个工作日书面通知甲方，并对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过二十日或验收两次不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权解除合同。
P:12.3 因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商是否继续履行或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，提交威海仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、施工方案、验收大纲。
P:14.2 本合同未尽事宜，双方协商签订补充协议。双方往来通知以书面形式送达合同首部所列地址。
P:甲方（盖章）：威海远矶渔具制造有限公司    乙方（盖章）：青岛瀚控自动化工程有限公司
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """连锁家政保洁门店预约及会员管理系统服务合同（SaaS）

合同编号：JL-IT-2027-0617
甲方：杭州净邻家政服务连锁有限公司
乙方：上海云帚信息科技有限公司

甲方在杭州、嘉兴、湖州三地经营四十五家家政保洁门店。为统一线上预约、派单和会员管理，甲方向乙方订购其“云帚到家”门店预约及会员管理系统的云服务，并委托乙方完成上线实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 门店端：预约日历、保洁师排班与派单、服务工单、上门签到、客户评价，覆盖甲方四十五家门店。
2. 会员营销模块：会员等级、储值卡、次卡、积分、优惠券及微信小程序商城。
3. 数据报表：门店经营日报、保洁师绩效、会员复购分析。
（二）实施服务
1. 将甲方现有收银系统中的会员、储值余额及次卡余额迁移至本系统。
2. 完成微信小程序的品牌配置、支付对接及与甲方财务系统的对账接口。
3. 对四十五家门店店长和客服人员进行培训。
4. 制定门店切换计划，分三批完成四十五家门店上线，每批切换期间保留原系统只读查询。
（三）培训与支持
1. 乙方为每家门店提供线上操作培训，并为总部客服和运营人员提供两次现场培训。
2. 服务期内乙方提供每日九时至二十一时的在线客服及电话支持，一级故障全天候受理。

二、服务期限
（一）服务期为两个服务年度，自2027年7月1日起至2029年6月30日止。
（二）自动续期：服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期期间的年费由乙方按其届时公布的价目表确定，乙方应在续期开始前书面通知甲方调整后的价格。
（三）续期后的服务内容、服务水平及其他条款与本合同相同。

三、费用
（一）年费：门店端订阅费每店每个服务年度¥4,200，四十五家门店共¥189,000；会员营销模块每个服务年度¥68,000；合计每个服务年度¥257,000。
（二）一次性实施费¥96,000。
（三）合同总价：两个服务年度年费¥514,000加实施费¥96,000，共计¥610,000（含税）。
（四）甲方在服务期内新增门店的，按每店每个服务年度¥4,200按月折算，另行结算。
（五）服务期内，乙方不得单方提高本合同约定的年费。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）年费按季度于每季度结束后十五个工作日内支付，每季度¥64,250。
（三）乙方应在付款前提供增值税专用发票。本合同不设预付款。
（四）甲方对发票或费用有异议的，应在收到发票后五个工作日内提出，无异议部分按期支付。

五、上线与验收
（一）乙方应于2027年8月31日前完成实施并申请上线验收。
（二）上线验收标准：
1. 全部四十五家门店能够完成预约、派单、签到和结算全流程；
2. 迁移后的会员数量、储值余额、次卡余额与原系统逐户核对一致，差异为零；
3. 小程序支付与财务对账接口连续十日对账无差异；
4. 在五百名用户同时下单时，下单响应时间不超过三秒。
5. 客服人员能够通过后台完成退款、改约和投诉工单处理。
（三）甲方在收到验收申请后十个工作日内组织验收。系统上线试用或甲方付款，均不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提请验收。

六、服务水平
（一）系统月度可用率不低于99.5%（计划内维护除外，计划维护应安排在凌晨一时至五时并提前三日通知）。
（二）故障分级及响应：
1. 一级故障（预约下单或支付功能全部不可用）：三十分钟内响应，三小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：一小时内响应，当日恢复；
3. 三级故障（不影响业务的一般问题）：一个工作日内响应。
（三）服务抵扣：月度可用率每低于约定值0.1个百分点，扣减当季年费的2%；一级故障每迟延恢复一小时，扣减¥1,000。扣减在当季付款中直接抵扣。
（四）乙方每月五日前向甲方提交上月服务报告，列明可用率、故障次数及处理情况、计划维护记录和改进措施。
（五）乙方对系统进行重大版本升级的，应提前十日通知甲方，并在测试环境验证后再上线，升级不得导致甲方已使用的功能缺失。

七、数据安全与数据归属
（一）甲方在系统中录入或产生的客户信息、会员信息、订单数据和保洁师信息均属于甲方，乙方仅可为提供本合同服务使用，不得用于其他任何目的。
（二）乙方应按照《个人信息保护法》和《数据安全法》的要求，对客户手机号、住址等个人信息加密存储，实行最小权限访问和操作日志审计，数据存储于中国境内。
（三）发生数据安全事件时，乙方应在两小时内通知甲方，配合甲方履行告知和报告义务；因乙方原因造成数据丢失、被篡改或被非法获取的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应协助甲方导出全部数据，并在甲方确认后删除。
（五）乙方应每年至少开展一次安全渗透测试，并将测试结论及整改情况告知甲方；系统应通过网络安全等级保护二级测评。
（六）乙方不得在系统中向甲方客户推送与甲方无关的广告或营销信息。

八、保密
乙方对履行本合同知悉的甲方经营信息、价格体系、客户资料负有保密义务，不得向第三方披露，本条在合同终止后继续有效。乙方员工接触甲方客户资料的，应签署保密承诺书。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、对账接口程序及专用报表的知识产权归甲方所有，甲方可自行或委托他人使用和修改。
（三）乙方保证系统平台及其交付成果不侵犯第三方的知识产权，因此产生的纠纷由乙方负责处理。

十、违约责任
（一）乙方逾期申请上线验收的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全责任不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（四）因第三方支付平台或电信运营商原因造成的服务中断，乙方应及时协调处理，但不承担违约责任。

十一、分包
乙方不得将本合同项下的服务转包，未经甲方书面同意也不得分包。

十二、合同解除
乙方严重违约，或连续两个月月度可用率未达约定，或发生重大数据安全事件的，甲方有权书面通知解除合同，乙方应退还已付未履行期间的费用。
甲方因经营调整关闭门店的，可相应减少订阅门店数量，自次季度起按实际门店数结算。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

十四、其他
（一）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（二）因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力期间不计入可用率考核，但乙方应在事后三日内提交书面说明。
（三）乙方应在服务期内保持其增值电信业务经营许可证等资质有效。
（四）本合同附件包括：功能清单、实施计划、服务水平说明、数据迁移方案，附件与本合同具有同等效力。

甲方（盖章）：杭州净邻家政服务连锁有限公司
乙方（盖章）：上海云帚信息科技有限公司
日期：2027年6月18日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
Z04 = """液化石油气充装站钢瓶充装追溯系统运维服务合同

项目名称：钢瓶充装追溯系统年度运维服务
采购方式：竞争性磋商
合同编号：HR-YW-2027-009
甲方：滨海市华燃液化气有限公司
乙方：济南瓶安物联科技有限公司

甲方经竞争性磋商确定乙方为本项目成交供应商。依据磋商文件、乙方响应文件及成交通知书，双方就甲方三座充装站钢瓶充装追溯系统的运维服务订立本合同。

第一条 服务范围
（一）运维对象：甲方城东、城西、港区三座液化气充装站的钢瓶充装追溯系统，包括追溯管理平台、二十六台充装秤扫码终端、八台手持巡检终端、钢瓶电子标签读写设备，以及与燃气主管部门监管平台的数据接口。
（二）服务内容：
1. 驻场运维：在城东站派驻运维工程师二名，按充装作业时间值守；
2. 远程监控与巡检：平台及接口运行监控，每月对三座站点巡检一次；
3. 系统维护：补丁更新、版本升级、接口适配，配合监管平台接口规范调整；
4. 备品备件：充装秤扫码模块、读写器及电子标签的更换。
5. 应急保障：春节、国庆等充装高峰期及燃气主管部门检查期间，乙方增派工程师一名现场保障。
6. 资料管理：建立运维台账，记录故障、变更、备件更换和巡检情况，按月提交甲方。
7. 监管对接：配合甲方完成燃气主管部门对充装信息化系统的年度检查，及时提供系统运行数据和技术说明。
（三）服务期限：自2027年3月1日起至2028年2月29日止。
（四）服务地点：甲方三座充装站及甲方指定的机房。

第二条 服务费用
（一）运维服务费总额为人民币叁拾捌万陆仟肆佰元整（¥386,400），含税，包括：
1. 驻场运维服务费¥198,000；
2. 远程监控与巡检服务费¥76,800；
3. 系统维护及接口适配费¥64,600；
4. 备品备件费¥47,000（包干使用，超出部分乙方自行承担）。
（二）服务期内除上述费用外，甲方不再支付其他费用。
（三）甲方在服务期内新增充装秤或手持终端的，由乙方纳入运维范围，新增费用按响应文件中的单价计算。

第三条 付款方式
（一）服务费按季度支付，每季度¥96,600，于每季度考核合格后十五个工作日内支付。
（二）乙方应在付款前开具增值税发票。本合同不设预付款。
（三）季度考核不合格的，甲方可暂缓支付当季服务费，待乙方整改合格后支付。

第四条 服务交接与考核
（一）乙方应于2027年3月1日前完成与原运维单位的交接，接收系统账号、配置文档和备件清单，并经甲方确认。
（二）季度考核标准：
1. 平台季度可用率达到第五条约定；
2. 各级故障的响应和恢复时间均符合第五条约定；
3. 每月巡检报告按时提交，问题整改闭环；
4. 充装数据向监管平台的上传完整、及时，无因乙方原因产生的漏传。
（三）季度考核由甲方设备部组织，考核结果作为付款依据。服务期满时，甲方对全年服务进行终验并出具评价意见。
（四）乙方应在交接完成后十五日内提交运维服务方案，包括人员安排、巡检计划、应急预案和备件管理办法，经甲方确认后执行。
（五）服务期满时，乙方应配合甲方或甲方指定的后续运维单位完成交接，交接期不少于十日。

第五条 服务水平
（一）追溯平台月度可用率不低于99.95%。
（二）一级故障（任一充装站无法扫码充装或监管接口中断）：乙方应在三十分钟内响应，两小时内恢复；
二级故障（单台充装秤或手持终端故障）：一小时内响应，当日修复；
三级故障（不影响充装作业的问题）：两个工作日内处理。
（三）服务扣减：一级故障每迟延恢复一小时，扣减¥1,500；月度可用率每低于约定值0.01个百分点，扣减¥1,000；扣减额从当季服务费中直接扣除。
（四）乙方应建立故障升级机制：一级故障在一小时内未能恢复的，乙方技术负责人应到场组织处置；每次一级故障处理完毕后三个工作日内，乙方应提交故障分析报告。
（五）乙方应每季度组织一次应急演练，模拟平台中断及监管接口中断情形，演练记录报甲方备案。
（六）计划内维护应安排在充装作业结束后进行，并提前两个工作日通知甲方，计划内维护时间不计入可用率考核。

第六条 数据安全
（一）追溯平台中的钢瓶档案、充装记录、检验记录、用户信息及日志数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方应落实账号分级授权、操作日志审计和数据每日备份；远程运维须通过甲方堡垒机进行；任何数据导出须经甲方书面批准。
（三）发生数据安全事件的，乙方应在一小时内报告甲方并采取处置措施，配合甲方向主管部门报告；因乙方原因造成数据丢失、被篡改或被非法获取的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚。
（四）乙方应确保追溯平台及终端设备的操作系统、数据库及时修补安全漏洞，每半年开展一次漏洞扫描并将结果报甲方。
（五）乙方运维人员对平台数据的每次修改，均应经充装站站长书面确认并记录修改原因。
（六）服务期满或合同终止时，乙方应交回全部账号权限，移交运维资料，并删除其在任何设备中留存的甲方数据，出具书面确认。

第七条 人员管理
（一）驻场工程师应具备燃气场站安全培训合格证明，遵守甲方场站安全管理制度，严禁在充装区使用非防爆设备。
（二）乙方更换驻场工程师应提前十日通知甲方，并完成交接。
（三）驻场工程师的社会保险、工资福利及人身意外保险由乙方负责；乙方人员在甲方场站发生的安全事故由乙方承担责任，因甲方设施原因造成的除外。
（四）甲方认为驻场工程师不能胜任的，可要求乙方更换，乙方应在七日内安排合格人员到岗。

第八条 成果归属
运维期间形成的配置文档、脚本、巡检报告和知识库归甲方所有，甲方可自由使用和修改。乙方在运维过程中对系统所做的配置变更和二次开发程序，应同步提交源代码及说明文档。

第九条 违约责任
（一）乙方未按第四条第（一）项约定时间完成交接的，每逾期一日，按运维服务费总额的千分之二向甲方支付违约金。
（二）乙方季度考核不合格的，应在十日内整改；同一事项连续两个季度考核不合格的，甲方可扣减当季服务费的10%。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（四）乙方原因造成充装作业中断、充装信息缺失或监管平台漏传，导致甲方被主管部门处罚的，乙方应赔偿甲方全部损失。

第十条 分包
本项目不得分包。乙方亦不得将本合同项下的权利义务转让给第三方。

第十一条 合同的变更与解除
（一）服务期内，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同；乙方违约的，依照第九条承担违约责任。
（二）本合同期满即终止，不自动续期。如需继续运维，双方另行签订合同。
（三）服务期内需调整服务内容的，双方协商一致后签订书面补充协议。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向滨海仲裁委员会申请仲裁。

第十三条 其他
本合同一式四份，甲乙双方各执两份，自签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同附件。
因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在十日内提供证明。本合同未尽事宜，双方可另行签订补充协议。双方联系人为甲方设备部负责人和乙方项目经理，联系方式见附件。

甲方（盖章）：滨海市华燃液化气有限公司
乙方（盖章）：济南瓶安物联科技有限公司
签订日期：2027年2月20日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 溯海®批次追溯管理软件销售及实施合同

**烟台溯海软件科技有限公司 标准合同文本 V3.0**（本文本由乙方提供，未经乙方书面确认的修改不生效）

合同编号：SH-XS-2027-　　　

甲方（买方）：大连北礁海珍品加工有限公司

乙方（卖方）：烟台溯海软件科技有限公司

鉴于甲方需要对海参蒸煮、盐渍、烘干等加工环节实行批次管理，乙方拥有“溯海®批次追溯管理软件”的著作权，双方经友好协商，就软件销售、定制开发及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供溯海®批次追溯管理软件V5（以下简称“标准软件”）的使用许可，许可范围为甲方大连金州加工厂，不限用户数。

1.2 乙方根据甲方需求进行定制开发，包括：原料参收货批次与捕捞海域登记；蒸煮锅次、温度及时长记录；烘干房温湿度曲线采集；成品称重与等级判定；追溯码生成及扫码查询页面；与甲方称重系统和财务软件的接口。

1.3 乙方负责部署实施、基础数据导入及用户培训。

1.4 乙方提供的标准软件为交付时的最新正式版本；标准软件此后发布的升级版本，甲方需另行购买。

1.5 定制开发的具体内容以双方签字确认的需求确认书为准，需求确认书未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件使用许可 | 420,000 |
| 2 | 定制开发 | 356,000 |
| 3 | 部署实施及培训 | 64,000 |
| | 合计 | 840,000 |

合同总价为人民币捌拾肆万元整（¥840,000），含增值税。

合同价格不包括服务器、数据库、操作系统、扫码枪、标签打印机及网络设备等第三方软硬件，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥462,000。乙方收到该款项后安排项目启动。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即¥378,000。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.4 乙方收到款项后开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。

## 第四条 交付与上线

4.1 乙方在收到首付款后一百二十日内完成定制开发并部署上线。因甲方提供资料不及时、现场条件不具备或需求变更导致的延误，交付期限相应顺延。

4.2 甲方应指定项目联系人，及时提供蒸煮、烘干工艺参数和历史批次资料，并在乙方提出确认请求后三个工作日内完成需求确认，逾期未确认的视为确认。

4.3 甲方应提供符合乙方要求的服务器、网络、称重设备及扫码枪等软硬件环境，相关费用由甲方承担。

4.4 甲方需求变更的，应书面提出，乙方评估后另行报价，变更费用由甲方承担。

4.5 乙方完成部署后向甲方发出上线通知，甲方应在收到通知后三日内安排上线；逾期未安排的，自通知发出之日起视为系统上线。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后提出的修改意见，乙方将酌情在后续版本中考虑。

5.3 甲方在上线后使用系统处理业务的，视为对系统功能的认可。

## 第六条 售后服务

6.1 乙方为甲方提供六个月的免费维护期，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障处理：系统发生严重故障导致加工批次无法录入的，乙方在接到甲方通知后8小时内响应，并尽合理努力尽快恢复；一般问题在三个工作日内答复。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护服务合同，维护费用按乙方届时公布的收费标准执行。

6.4 因甲方操作不当、擅自修改系统、网络或硬件环境原因引起的故障，不属于免费维护范围。

6.5 乙方提供的培训为一次性集中培训，培训人数不超过二十人；甲方要求增加培训的，另行收费。

6.6 乙方技术支持时间为工作日九时至十七时，节假日期间的服务请求顺延至下一工作日处理。

6.7 免费维护期内，乙方对定制开发功能的修改限于修复缺陷，不包括新增功能或流程调整。

6.8 乙方派员到甲方现场提供服务的，甲方应承担乙方人员的差旅及食宿费用。

## 第七条 知识产权

7.1 标准软件及乙方为本合同进行的定制开发成果（包括源代码、数据库结构、接口程序和相关文档）的知识产权均归乙方所有。

7.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反编译、修改，也不得许可第三方使用。

7.3 甲方如需将系统扩展至其他工厂，须另行向乙方购买许可。甲方不得删除或修改软件中的乙方版权标识。

## 第八条 数据

8.1 甲方在系统中产生的批次数据、生产数据归甲方所有。

8.2 甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于乙方产品改进、行业分析报告及向其他客户提供的对标服务。

8.3 乙方采取访问控制、传输加密和定期备份等安全措施保护甲方数据。发生数据安全事件时，乙方在二十四小时内通知甲方；因乙方原因导致数据丢失或被非法获取的，乙方承担相应的赔偿责任。

8.4 乙方可以为提供技术支持的目的远程访问甲方系统，甲方应为乙方开通远程访问权限。甲方应对其服务器及数据库自行做好日常备份。

## 第九条 保密

双方对在合作过程中获悉的对方商业秘密和技术信息负有保密义务，保密期限为合同终止后三年。乙方可在其宣传资料和客户名单中使用甲方名称。

## 第十条 违约责任

10.1 因乙方原因未能按第4.1款约定期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 任何一方违反本合同约定给对方造成损失的，应赔偿对方的直接损失，但不包括间接损失、利润损失和商誉损失。

10.3 因甲方提供的资料不准确、甲方人员操作失误或第三方设备故障导致的损失，乙方不承担责任。

10.4 甲方未按约定支付款项的，乙方有权暂停定制开发和技术支持，交付期限相应顺延。

## 第十一条 合同的解除

一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，乙方已收取的款项不予退还，但乙方根本违约的除外。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力包括但不限于自然灾害、疫情、政府行为、网络运营商故障及大规模网络攻击等。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交烟台仲裁委员会仲裁。仲裁费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，以乙方报价单和产品说明书为准。

14.3 本合同附件包括：乙方报价单、产品功能说明、定制开发需求确认书。

14.4 甲方对乙方的服务质量有异议的，应在发现问题后七日内书面提出，逾期视为对乙方服务无异议。

14.5 本合同传真件、扫描件与原件具有同等效力。

甲方（盖章）：大连北礁海珍品加工有限公司　　　　乙方（盖章）：烟台溯海软件科技有限公司

签订日期：2027年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N with N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TLC-IT-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 May 2027 between:
P:(1) Tongling Hengyuan Copper Smelting Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tongling, Anhui Province (the "Buyer"); and
P:(2) Kafubu Process Systems Limited, a company incorporated in the Republic of Zambia with its registered office at Plot 1187, Broadway, Ndola, Copperbelt Province (the "Vendor").
P:The Vendor develops BlendPlan, a software suite for concentrate blend planning, furnace charge calculation and metallurgical accounting. The Buyer wishes to license BlendPlan on a perpetual basis for its smelter in Tongling and to engage the Vendor to configure and implement it. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the BlendPlan modules listed in Article 3, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the blend models, charge calculation rules, reports, interfaces and scripts prepared by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all assay results, stockpile records, production figures, supplier information and other data entered into or generated by the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence described in Article 3 and shall perform the following services: installation of the Software on the Buyer's servers in Tongling; configuration of the blend planning and charge calculation modules to the Buyer's flash smelting and converting process; development of interfaces to the Buyer's laboratory information system, weighbridge system and ERP; migration of stockpile and assay history for the preceding three years; and training of planners, metallurgists and system administrators.
P:2.2 The detailed scope, the interface specifications and the project plan are set out in Annex 1 and Annex 2, which form part of this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the Buyer's own business at its Tongling smelter, for an unlimited number of named users.
P:3.2 The licensed modules are: Blend Planner, Charge Calculator, Metallurgical Accounting, Stockpile Manager and Reporting Server.
P:3.3 The Buyer may make copies of the Software for back-up, test and disaster recovery purposes.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,500,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,180,000; implementation services CNY 286,000; training CNY 34,000.
P:4.2 The price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel.
P:4.3 The Buyer shall pay the price as follows: (a) 20% (CNY 300,000) within twenty days after signature of this Agreement and receipt of an advance payment guarantee from the Vendor's bank; (b) 45% (CNY 675,000) after the Software is installed and the interfaces are connected in the test environment; and (c) 35% (CNY 525,000) after Final Acceptance.
P:4.4 Installation and connection of interfaces are not acceptance. Each payment is made within thirty days after receipt of a valid invoice.
H:Article 5 Delivery and Project Schedule
P:5.1 The Vendor shall install the Software within forty-five days after signature and shall complete configuration, interfaces and data migration within one hundred and twenty days after signature.
P:5.2 The Vendor shall appoint a project manager who speaks Mandarin or shall provide a qualified interpreter at its own cost. The project manager shall not be replaced without the Buyer's consent.
P:5.3 The Buyer shall provide access to its site, servers and process data in accordance with the project plan.
P:5.4 The Vendor's personnel working at the Buyer's smelter shall follow the Buyer's safety, health and environmental rules, including the rules for entering furnace areas and laboratories, and shall wear the protective equipment provided by the Buyer.
H:Article 6 Acceptance
P:6.1 Acceptance testing shall verify that: (a) all functions in Annex 1 work as specified; (b) blend plans calculated by the Software for twenty historical campaigns match the Buyer's verified calculations within 0.5% for copper, sulphur and silica; (c) the laboratory, weighbridge and ERP interfaces transfer data without error for ten consecutive working days; (d) monthly metallurgical accounting closes with a reconciliation difference below 0.2% of contained copper; and (e) documentation and source code of the Custom Deliverables have been delivered.
P:6.2 After successful testing the Software shall run in production for a trial period of sixty days without any Severity 1 incident.
P:6.3 At the end of the trial period the Buyer shall issue a Final Acceptance certificate or a list of defects. The Vendor shall correct the defects within fifteen days and the tests shall be repeated. Installation, productive use or payment shall not be treated as acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specifications for twenty-four months after Final Acceptance. During this warranty period the Vendor shall provide corrections, updates and support free of charge.
P:7.2 Severity 1 (the Software cannot be used for blend planning or charge calculation): response within 1 hour and a workaround within eight hours. Severity 2: response within two hours. Severity 3: response within two working days. Remote support is provided in Chinese or English; on-site attendance is provided within three days when remote support is insufficient.
P:7.3 For each hour by which the Vendor exceeds a response or workaround time, the Vendor shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Buyer may order annual support. The annual support fee shall be 11% of the Software licence fee (CNY 129,800 per year) and shall not be increased during the first three years after the warranty period. Each support year is ordered separately and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify and license them without restriction, and the Vendor shall deliver their source code at Final Acceptance.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway with multi-factor authentication, on approval for each session, and shall not copy Buyer Data outside the Buyer's environment. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within six hours of any security incident affecting Buyer Data, shall take all measures to contain it and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's process parameters, recoveries and supplier terms, and shall use it only for this Agreement. This obligation survives termination for six years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to complete the work under Article 5.1 on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability under Articles 8.3 and 9, wilful misconduct and personal injury, which are not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the warranty period.
P:13.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, or if liquidated damages reach their maximum. The perpetual licence survives termination for any reason other than the Buyer's non-payment.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Zambia.
P:14.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties for thirty days. If it is not resolved, it shall be submitted to arbitration under the Arbitration Act of Zambia, seated in Lusaka and conducted in English before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement is executed in two originals in English, one for each party. Amendments are valid only in writing signed by both parties.
P:15.2 Annex 1: Functional scope and interface specifications. Annex 2: Project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Order Form and General Terms — SafariDesk Booking Cloud

**Order Form No.** MSL-OF-2027-0219

**Provider:** Mosi Safari Software Ltd, 14 Mosi-oa-Tunya Road, Livingstone, Southern Province, Republic of Zambia

**Customer:** Chengdu Jinsha International Travel Service Co., Ltd., Jinjiang District, Chengdu, Sichuan Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

SafariDesk Booking Cloud, a hosted platform for planning, pricing and booking long-haul tour packages, including: itinerary builder; supplier inventory for lodges, camps, guides and transfers in southern and eastern Africa; group allocation and rooming lists; quotation and invoicing in CNY, USD and ZAR; agent portal; and the WeChat enquiry widget. The Service is hosted in Provider's contracted data centre region in Hong Kong with a mirror in Singapore.

### A2. Subscription Term

Twenty-four (24) months from the Go-Live Date defined in A4, divided into two Subscription Years. The Agreement ends at the end of the second Subscription Year unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) |
|---|---|---|---|---|
| Platform subscription (agency licence) | 1 | 168,000 per year | 168,000 | 168,000 |
| Agent seats | 80 | 1,350 per seat per year | 108,000 | 108,000 |
| Onboarding and data load (one-time) | 1 | 48,000 | 48,000 | — |
| Total | | | 324,000 | 276,000 |

Total fees for the Subscription Term: CNY 600,000, inclusive of VAT. Additional seats are charged at the unit fee pro rata for the remaining Subscription Year.

### A4. Onboarding and Go-Live

Provider shall load Customer's supplier contracts, rate sheets and the last two seasons of bookings, configure Customer's pricing rules and brand the agent portal within sixty days after signature. Go-Live Acceptance is given by Customer in writing when: (a) all eighty agents can log in and create quotations; (b) a sample of fifty historical bookings reproduced in the Service matches the original prices and margins exactly; (c) invoices are generated in the format required by Customer's finance department; and (d) the WeChat enquiry widget delivers enquiries to the agent portal. The date of Go-Live Acceptance is the "Go-Live Date".

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. The subscription fees for each Subscription Year are invoiced in four equal quarterly instalments at the end of each quarter. Customer pays within thirty days after receipt of a valid invoice. No advance payment is due.

### A6. Customer-Specific Terms

If Go-Live Acceptance has not been given within sixty days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, deducted from the first invoices. Customer's designated contact is its Head of Digital Operations.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to respond promptly to support requests submitted through its online help centre. Provider does not commit to any particular level of availability or response time, and no service credits apply.

1.4 Support is available through the online help centre, by email and through the chat function in the agent portal, in English and Chinese, during Provider's business hours. Provider publishes planned maintenance in the help centre at least three days in advance and performs it outside Chinese business hours where practicable.

1.5 Provider shall provide Customer's administrators with release notes for each new version and shall keep the functions described in A1 available throughout the Subscription Term.

1.3 Provider may modify the Service from time to time, provided that the core functions described in A1 are not materially reduced.

### 2. Customer Obligations

2.1 Customer is responsible for the accuracy of the content it enters, for the conduct of its users and for keeping passwords secure.

2.2 Customer shall not resell the Service or use it to build a competing product.

2.3 Customer shall comply with the acceptable use policy published in Provider's help centre, shall not upload malicious code and shall not test the security of the Service without Provider's prior agreement.

2.4 Customer shall provide the supplier contracts, rate sheets, booking history and branding material needed for onboarding within ten days after signature, in the formats described in Provider's onboarding guide.

### 3. Customer Data

3.1 All data that Customer or its users enter into the Service, including traveller names, passport details, itineraries and supplier rates ("Customer Data"), belong to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and daily backups kept for thirty days. Traveller personal information is processed in compliance with the Personal Information Protection Law of the People's Republic of China, and Customer's prior consent is required for any transfer of it outside the regions named in A1.

3.3 Provider shall notify Customer within twelve hours after becoming aware of any unauthorised access to Customer Data, shall investigate and contain the incident, and shall bear the losses and costs caused to Customer by any breach of this Section 3.

3.4 Within thirty days after the end of the Agreement, Provider shall make Customer Data available for export in CSV format and shall then delete it.

3.5 Provider shall not use Customer Data to market its own or any third party's products and shall not combine Customer Data with the data of other customers.

### 4. Intellectual Property

4.1 Provider owns the Service and all improvements to it.

4.2 Pricing rules, templates, itinerary texts and reports created for Customer ("Customer Configurations") belong to Customer, who may use, copy and modify them and let third parties use them without restriction.

4.3 Provider shall defend Customer against any claim that the Service infringes a third party's intellectual property rights and shall pay any damages finally awarded, provided that Customer promptly notifies Provider of the claim and allows Provider to control its defence.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret and use it only for the purposes of the Agreement. Customer's rates, margins and customer lists are Customer's confidential information. This obligation continues for three years after the Agreement ends.

### 6. Subcontractors

6.1 Provider may engage affiliates and third-party subcontractors, including hosting providers and support contractors, to perform any part of the Service. Provider will inform Customer by updating the list of subcontractors in its online help centre and remains responsible for their performance.

### 7. Liability

7.1 Provider's aggregate liability under the Agreement shall not exceed twice the total fees for the Subscription Term stated in A3.

7.2 Neither party is liable for indirect or consequential loss, except for breach of Sections 3 and 5.

7.3 The limitation in Section 7.1 does not apply to Provider's obligations under Section 4.3 or to damage caused by wilful misconduct.

### 8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

8.2 On termination for Provider's breach, Provider shall refund any fees paid for any period after termination and shall provide the export described in Section 3.4.

8.3 Customer may also terminate the Agreement by written notice if Go-Live Acceptance has not been given within one hundred and twenty days after signature for reasons attributable to Provider. Provider shall then refund all amounts paid.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English and Chinese.

### 10. General

10.1 Notices shall be given in writing to the addresses stated above. Neither party may assign the Agreement without the other party's consent.

10.2 The Agreement is the entire agreement between the parties on its subject matter.

10.3 The fees include VAT at the applicable rate. Provider shall issue valid Chinese VAT invoices through its appointed billing agent in the People's Republic of China. Each party bears its own bank charges.

10.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Fees are not payable for any period in which the Service is not provided.

10.5 Neither party shall use the other party's name or logo in marketing material without prior written consent.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table, buyer's paper)
E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Monitoring Software
P:Contract No. ZHL-CG-2027-112
P:Buyer: Henan Zhonghe Grain Reserve Logistics Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer")
P:Supplier: Matopo Sensing (Private) Limited, 22 Fife Street, Bulawayo, Republic of Zimbabwe (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates thirty-two steel and concrete silos at its Xinzheng depot and wishes to replace manual temperature checks with continuous monitoring of grain temperature, moisture and carbon dioxide. The Supplier has offered its SiloSense cable system and monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in Clause 3.
P:1.2 "Software" means the SiloSense Monitor server software and mobile application licensed under Clause 4.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Clause 7.3.
P:1.4 "Buyer Data" means all readings, alarms, silo inventories, maps and logs collected or generated by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment at the Xinzheng depot, install and configure the Software on the Buyer's servers, connect the system to the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 Each silo receives twenty sensor cables suspended from the roof, each cable carrying temperature sensors every two metres and one moisture sensor; each silo also receives one carbon dioxide probe at the headspace.
P:2.3 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance and shall give the Buyer at least one year's notice before any item is discontinued.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,792,000, inclusive of VAT, freight, import duties, insurance and all costs of installation. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cables|640|1,450|928,000
TB:2|Wireless gateways with solar power kits|32|8,600|275,200
TB:3|Weather stations|4|21,700|86,800
TB:4|SiloSense Monitor perpetual licence (unlimited silos, 50 users)|1|312,000|312,000
TB:|Equipment and Software subtotal|||1,602,000
TB:5|Installation, commissioning and WMS interface|1|164,000|164,000
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||1,792,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software for the Buyer's grain storage operations, including any depot the Buyer may add later.
P:4.2 The Buyer may make copies for back-up and disaster recovery.
H:5. Payment
P:5.1 10% of the Contract Price (CNY 179,200) is payable within fifteen days after signature against the Supplier's invoice and an advance payment guarantee of the same amount.
P:5.2 55% of the Contract Price (CNY 985,600) is payable after all Equipment has been delivered and installed and the delivery and installation record has been signed. Signing that record is not acceptance.
P:5.3 35% of the Contract Price (CNY 627,200) is payable after Final Acceptance.
P:5.4 Each payment is made within thirty days after receipt of a correct VAT invoice.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver all Equipment to the Xinzheng depot within ninety days after signature, DDP Incoterms 2020.
P:6.2 Installation shall be carried out while the silos are empty, between 1 June and 31 July 2027, in accordance with the Buyer's safety rules for work at height and in confined spaces.
P:6.3 The Supplier shall register the Equipment with the relevant PRC radio authorities where required and shall provide the CCC or other certificates required for import.
P:6.4 The Equipment shall be packed for sea and road transport, protected against moisture and marked with the contract number, item number and the Buyer's address. Each shipment shall be accompanied by a packing list, commercial invoice, certificate of origin and the manufacturer's test reports.
H:7. Acceptance
P:7.1 Acceptance tests shall show that: (a) every sensor reports at the configured interval and no sensor misses more than two consecutive readings during a thirty-day trial run; (b) temperature readings deviate by no more than 0.5°C from calibrated reference probes at ten sample points per silo; (c) moisture readings deviate by no more than 0.8 percentage points from laboratory samples; (d) alarms for hot spots and carbon dioxide rise reach the duty officer's mobile application within two minutes; and (e) silo inventories are exchanged with the warehouse management system without error.
P:7.2 The Supplier shall deliver as-built drawings, calibration certificates, manuals and interface documentation before the tests.
P:7.3 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten days. Otherwise the Supplier shall correct the defects within fifteen days at its cost and the tests shall be repeated. Delivery, installation or use of the system is not acceptance.
P:7.4 The Buyer's grain quality inspectors may attend all tests, and the results shall be recorded in a test report signed by both parties.
H:8. Warranty and Service Levels
P:8.1 The Equipment and the Software are warranted for thirty-six months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective items and provide Software updates free of charge.
P:8.2 Priority 1 faults (loss of monitoring for one or more silos, or loss of the alarm function) shall be responded to within 2 hours, and the Supplier's engineer or its Zhengzhou service partner shall be on site within forty-eight hours. Priority 2 faults shall be responded to within one working day.
P:8.3 The monitoring server shall be available at least 99.95% of each month, excluding maintenance agreed in advance.
P:8.4 For each hour by which a Priority 1 response or on-site time is exceeded the Supplier shall pay CNY 500, and for each 0.01 percentage point of availability below the commitment CNY 1,000. The Buyer may deduct these amounts from any payment.
P:8.5 After the warranty period the Buyer may order annual maintenance at 8% of the Equipment and Software subtotal (CNY 128,160 per year). This fee shall not increase for three years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
P:8.6 During the warranty period the Supplier shall check the calibration of a sample of sensors in each silo once a year and replace any sensor found outside tolerance.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and in the firmware of the Equipment.
P:9.2 The WMS interface, silo maps, alarm rules and reports prepared for the Buyer, with their source code, belong to the Buyer, who may use, modify and license them freely.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The system shall run on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and is logged. Gateways shall use encrypted communication and shall not send data to any server other than the Buyer's.
P:10.3 The Supplier shall report any security incident within two hours, cooperate in containing it and compensate the Buyer for losses resulting from the Supplier's breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's stock levels and depot layout, and shall not disclose it to third parties without written consent. This obligation survives the end of this Contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in Clause 6, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts received for undelivered work.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:16. General
P:16.1 This Contract is made in Chinese and English; both versions are equally authentic.
P:16.2 Neither party may assign this Contract without the other party's written consent.
P:16.3 A party prevented from performing by events beyond its control, such as natural disasters, epidemics or government action, shall notify the other party promptly, and the time for performance is extended accordingly.
P:16.4 The Annexes (technical specification, installation plan and acceptance test procedure) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
E04 = """# Managed Services Agreement

**Agreement No.** TH-MSA-2027-07

**Customer:** Fujian Tiehe Tea Group Co., Ltd., Anxi County, Quanzhou, Fujian Province, People's Republic of China ("Customer")

**Provider:** Bvumba Digital Operations (Private) Limited, 9 Herbert Chitepo Street, Mutare, Manicaland, Republic of Zimbabwe ("Provider")

**Effective Date:** 1 September 2027

Customer sells tea through its own online shops, marketplace stores and a network of franchised tea houses. Provider operates a service centre in Mutare that supports retail and e-commerce systems around the clock. Customer wishes to outsource the application support and monitoring of its order management, warehouse and point-of-sale systems to Provider. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Managed Systems" means Customer's order management system, warehouse management system, point-of-sale back office and the interfaces between them and the marketplaces listed in Schedule 1.

1.5 "Customer Data" means all data held in or processed by the Managed Systems, including orders, customer contact details, stock records and franchisee accounts.

1.6 "Service Commencement Date" means the date on which Customer confirms in writing that transition has been completed under Section 3.

## 2. Term

2.1 This Agreement starts on the Effective Date. The Services are provided for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. It does not renew automatically.

## 3. Transition

3.1 Provider shall complete transition within forty-five days after the Effective Date. Transition includes: knowledge transfer from Customer's current support team; documentation of every Managed System and interface; set-up of monitoring, the ticketing tool and the escalation matrix; and a two-week shadow support period.

3.2 Transition is complete when: (a) all Managed Systems and interfaces are documented in runbooks approved by Customer; (b) monitoring covers every interface listed in Schedule 1; (c) Provider's team has resolved at least forty tickets during the shadow period with no ticket reopened for the same cause; and (d) a simulated Priority 1 incident has been handled within the Service Levels. Customer confirms completion in writing within five working days after Provider's request or gives reasons for refusing it.

3.3 If transition is not complete within the period in Section 3.1, the parties shall meet within five working days and agree a revised transition plan.

## 4. Services and Personnel

4.1 Provider shall provide the Services in accordance with Schedule 1 and achieve the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager who speaks Mandarin, and a team of at least six engineers who have passed Customer's product training.

4.3 Provider shall produce a monthly service report showing ticket volumes, Service Level performance, recurring problems and improvement actions, and shall attend a monthly review meeting by video conference.

4.4 Customer shall give Provider the access to the Managed Systems that Provider needs, shall inform Provider of planned changes and shall keep its own hardware and licences in support.

4.5 Provider shall keep all runbooks and knowledge articles up to date in Customer's document repository and shall review them at least once every quarter.

4.6 Provider shall not change the named service delivery manager without Customer's consent, which shall not be unreasonably withheld, and shall give at least thirty days' notice of any planned change to the team.

4.7 Provider shall give Customer's IT manager read-only access to its ticketing tool so that Customer can follow every ticket as it progresses.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 2,160,000, inclusive of VAT.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays each correct invoice within thirty days. No payment is due in advance.

5.3 Service credits earned in a month are deducted from the invoice for the following month.

5.4 Customer may dispute an invoice in good faith by written notice within fifteen days after receipt and shall pay the undisputed part when due.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not use it for any other purpose.

6.2 At the end of the Service Term Provider shall return all documentation, runbooks and knowledge articles to Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would regard as confidential, including Customer's sales figures, pricing, supplier terms and franchise agreements.

7.2 Each party shall use such information only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 Provider keeps its pre-existing tools, methods and know-how.

8.2 Runbooks, scripts, monitoring configurations, reports and knowledge articles produced for Customer under this Agreement belong to Customer, who may use, modify and license them freely, including with a successor provider.

## 9. Liability

9.1 Provider's total liability arising out of this Agreement shall not exceed 150% of the total Charges.

9.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or gross negligence.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if Provider misses the Priority 1 Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On termination or expiry Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, including handover to Customer or a successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.2 Notices are given by email to the contacts named in Schedule 1 and confirmed by courier.

13.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

13.4 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Ticket intake by portal, email and phone in Mandarin and English for Customer's headquarters staff, warehouse supervisors and tea-house managers | 24 x 7 |
| Monitoring | Monitoring of Managed Systems, batch jobs and marketplace interfaces (Tmall, JD.com, Douyin shop) with automated alerts | 24 x 7 |
| Incident management | Diagnosis and restoration of incidents in the Managed Systems and interfaces | 24 x 7 |
| Problem management | Root-cause analysis of recurring incidents and a monthly problem review | Business days |
| Minor changes | Up to eighty hours a month of configuration changes, report changes and small interface adjustments | Business days |
| Release support | Testing support and deployment of vendor patches in agreed windows | Scheduled |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (orders cannot be taken or shipped in one or more channels): response | 30 minutes | 2% of the monthly service charge for each late response |
| Priority 1 incident: restoration or workaround | 6 hours | 3% of the monthly service charge for each late restoration |
| Priority 2 incident (one function or store affected): response | 2 hours | 1% of the monthly service charge for each late response |
| Availability of the order management system and marketplace interfaces, monthly | 99.95% | 5% of the monthly service charge for each 0.02 percentage point below target |
| Monthly service report | By the fifth working day | 1% of the monthly service charge |

Service credits in a month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after the Service Commencement Date | 72,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total Charges for the Service Term | | 2,160,000 |
| Additional work beyond Schedule 1 | Per engineer day, on Customer's written order | 2,600 |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LCF-DS-2027-031

BETWEEN
Luangwa Crop Intelligence Limited, Plot 4410, Umodzi Highway, Chipata, Eastern Province, Republic of Zambia ("Provider")
AND
Qingdao Haina Agricultural Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer")

BACKGROUND
Provider collects and publishes data on crops grown by smallholder and commercial farmers in southern and eastern Africa, in particular soybeans, sesame, groundnuts, cotton and sunflower seed. Its data include planted area estimates, weekly crop condition scores, yield forecasts, farm-gate and depot prices, warehouse receipt volumes and export shipment records. Customer imports oilseeds and wishes to receive these data through Provider's application programming interface (API) and to load them into its own sourcing and risk systems. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the datasets listed in Clause 2.2, as updated by Provider from time to time.
1.2 "API" means Provider's REST interface, its documentation and the bulk download service.
1.3 "Customer Inputs" means the data that Customer uploads to the API to obtain tailored outputs, including its planned purchase volumes, contracted suppliers, depot locations and target prices.
1.4 "Subscription Year" means each period of one year beginning on the Start Date or on an anniversary of it; the Initial Term consists of two Subscription Years.
1.5 "Start Date" means 1 October 2027.

2. SUBSCRIPTION
2.1 Provider grants Customer, for the Initial Term, a non-exclusive and non-transferable right to access the API and to use the Data for Customer's internal business purposes, including sharing reports derived from the Data with its banks, insurers and affiliates.
2.2 The subscription covers: (a) crop condition and yield forecasts for Zambia, Malawi, Mozambique, Tanzania and Zimbabwe at district level; (b) weekly farm-gate and depot prices for the five crops; (c) warehouse receipt volumes; (d) export shipment records by port; and (e) the Sourcing Benchmark service, which compares Customer Inputs with market data.
2.3 The API allows up to two hundred thousand calls per Subscription Year. Calls above that volume are charged at CNY 0.12 per call, invoiced quarterly in arrears.
2.4 Customer shall not resell the Data as such, publish it in bulk or use it to build a dataset that competes with Provider's. Short extracts may be quoted in Customer's internal and financing reports with attribution to Provider.

3. ONBOARDING AND ACCEPTANCE
3.1 Provider shall deliver production API credentials, the documentation and a sandbox with full historical data by the Start Date.
3.2 Customer shall test the API during the first thirty days after the Start Date. The API is accepted when: (a) every endpoint listed in the documentation returns data in the documented format; (b) historical price series for the five crops cover at least the preceding six seasons without gaps of more than one week; (c) the bulk download for a full country completes within thirty minutes; and (d) a sample of one hundred records agrees with Provider's published reports. Customer shall confirm acceptance in writing or list the defects, which Provider shall correct within ten working days.
3.3 If Provider does not deliver the production credentials by the Start Date, Provider shall pay Customer CNY 500 for each day of delay.
3.4 Provider shall provide a named integration engineer during the first sixty days to help Customer's IT team map the Data to Customer's systems.

4. FEES AND PAYMENT
4.1 The subscription fee is CNY 318,000 for each Subscription Year, CNY 636,000 for the Initial Term, inclusive of VAT. There is no onboarding or set-up fee.
4.2 Provider invoices the fee for each Subscription Year at the start of that Subscription Year. Customer pays within thirty days after receipt of a correct invoice.
4.3 Overage charges under Clause 2.3 are not included in the fees above.
4.4 Provider shall issue its invoices in CNY through its appointed billing agent in the People's Republic of China, together with valid VAT invoices.

5. SERVICE LEVELS
5.1 The production API shall be available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Weekly price and crop condition data shall be published by 18:00 Beijing time each Tuesday.
5.3 Priority 1 incidents (the API or bulk download unavailable, or data visibly corrupted) shall be responded to within one hour and resolved or worked around within six hours. Priority 2 incidents shall be responded to within one business day.
5.4 If availability falls below the commitment in a month, Customer receives a service credit of 5% of one twelfth of the annual fee for each 0.1 percentage point below it. Each day by which weekly data are published late earns a credit of CNY 300. Credits are deducted from the next invoice or refunded at the end of the Initial Term.
5.5 Provider shall send a monthly service report showing availability, incidents, late publications and credits earned.
5.6 Provider shall announce any change to an endpoint or data format at least sixty days in advance and shall keep the previous version available for at least ninety days after the change.

6. RENEWAL
6.1 This Agreement renews automatically for successive periods of one Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the current term.
6.2 Fees for any renewal term are Provider's list prices in effect at the start of that renewal term. Provider may increase the fees for a renewal term by notice given at least thirty days before it starts.

7. CUSTOMER INPUTS AND DATA PROTECTION
7.1 Customer owns Customer Inputs and all reports and models that Customer creates from the Data.
7.2 Customer grants Provider a perpetual, worldwide licence to use Customer Inputs in anonymised and aggregated form to improve its datasets, to calculate market indices and to prepare benchmark reports offered to other subscribers. Provider shall not name Customer in any such output.
7.3 Provider shall store Customer Inputs encrypted, restrict access to named staff, keep access logs, and delete identifiable Customer Inputs within thirty days after the end of the Agreement.
7.4 Provider shall notify Customer within twelve hours of any unauthorised access to Customer Inputs, take reasonable steps to contain it and compensate Customer for losses caused by Provider's failure to comply with this Clause 7.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the non-public information of the other party and use it only for this Agreement. Customer's purchase plans, supplier names and target prices are Customer's confidential information. Provider's unpublished methods are Provider's confidential information.
8.2 This Clause survives for three years after the end of the Agreement.

9. INTELLECTUAL PROPERTY
9.1 Provider owns the Data, the API and its methods.
9.2 Custom data feeds, field mappings and dashboards that Provider builds at Customer's request belong to Customer, who may use and modify them freely.
9.3 Provider shall correct errors in the Data within five business days after Customer reports them and shall publish a note of every material revision to historical series.

10. LIABILITY
10.1 Provider's total liability arising out of this Agreement is limited to the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.
10.2 Neither party is liable for lost profits or indirect loss, except for breach of Clauses 7 and 8.

11. SUBCONTRACTING
11.1 Provider shall not subcontract the operation of the API or the processing of Customer Inputs without Customer's prior written consent. Field data collection by Provider's enumerators is not subcontracting under this Clause.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within thirty days after notice.
12.2 If Customer terminates for Provider's breach, Provider shall refund the unused portion of the fee for the current Subscription Year.
12.3 On expiry or termination Customer may keep and continue to use Data downloaded before the end of the Agreement for internal purposes, but shall not receive further updates.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The language of the arbitration is English.

14. GENERAL
14.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.
14.2 Notices shall be sent by email and courier to the addresses above.
14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, including drought, floods, epidemics, civil unrest and government action, provided it informs the other party promptly. Provider's data collection may be reduced in affected districts during such events, and Provider shall say so in its data notes.
14.4 The English version of this Agreement prevails. Amendments must be in writing and signed by both parties.

SIGNED for Provider: ____________________
SIGNED for Customer: ____________________
"""

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


# key: (file, lang, category, terms, extra, design rules, fee base for TCO or None, forum outside mainland)
DESIGN = {
    "h689z01": ("h689z01_aquatic_seed_registry_platform.pdf", "zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1390000), [], 760000, False),
    "h689z02": ("h689z02_fishing_rod_curing_line_retrofit.docx", "zh", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1304000),
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], 1162000, False),
    "h689z03": ("h689z03_housekeeping_chain_booking_saas.txt", "zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False,
                  "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000),
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None, False),
    "h689z04": ("h689z04_lpg_cylinder_traceability_om.txt", "zh", "services",
                T(99.95, 0.5, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, False,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386400),
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"], None, False),
    "h689z05": ("h689z05_sea_cucumber_batch_tracking_supplier_template.md", "zh", "software",
                T(None, 8, False, "supplier", True, False, True, 0.02, None, 55, False, False, 6, None, False, True, None,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=840000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], 420000, False),
    "h689e01": ("h689e01_smelter_blend_planning_licence_zambia_vendor.pdf", "en", "software",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                  "Zambia", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1500000), ["CR-GOVERNING-LAW"], 1180000, True),
    "h689e02": ("h689e02_tour_booking_saas_order_form.md", "en", "cloud",
                T(None, None, False, "buyer", True, True, True, 600 / 600000 * 100, 200, None, True, None, None, None,
                  False, True, True, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=600000),
                ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], None, False),
    "h689e03": ("h689e03_grain_silo_sensors_monitoring_licence.docx", "en", "hardware",
                T(99.95, 2, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1792000), [], 1602000, False),
    "h689e04": ("h689e04_tea_retail_managed_application_services.md", "en", "services",
                T(99.95, 0.5, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2160000),
                ["CR-DATA-SECURITY", "CR-LD-MISSING"], None, False),
    "h689e05": ("h689e05_crop_data_api_subscription.txt", "en", "cloud",
                T(99.95, 1, True, "buyer", True, False, True, 500 / 636000 * 100, 6 / 24 * 100, None, True, None, None,
                  None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], None, False),
}
SOURCES = {"h689z01": Z01, "h689z02": Z02, "h689z03": Z03, "h689z04": Z04, "h689z05": Z05,
           "h689e01": E01, "h689e02": E02, "h689e03": E03, "h689e04": E04, "h689e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy section 3 applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ================================================================ threshold scan
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])0\.050*(?!\d)",                                   # LD 0.05 %
    r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|per\s*cent|percent|个百分点)",  # prepayment, fee, TCO, cap
    r"\b(thirty|fifteen|forty|one\s*hundred)\s*(per\s*cent|percent)",
    r"百分之(三十|十五|四十|一?百)(?![一二三四五六七八九十])",
    r"(?<![0-9一二三四五六七八九十])万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.])4\s*(hours?|hrs?|h\b|个?小时)", r"\bfour\s*hours?\b",
    r"(?<![〇零一二三四五六七八九十两])四\s*个?小时",
    r"(?<![\d.])12\s*(calendar\s*)?(months?|个?月)", r"\btwelve\s*(\(12\)\s*)?(calendar\s*)?months?\b",
    r"(?<![〇零一二三四五六七八九十两])十二\s*个?月", r"(?<![〇零一二三四五六七八九十两])一\s*年\s*质保|质保期?为?\s*一\s*年",
    r"(?<![\d.])5\s*years?\b", r"\bfive\s*years?\b", r"(?<![〇零一二三四五六七八九十两])五\s*年",
]]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "30%", "15 %", "40%", "100%", "百分之三十", "百分之十五",
            "4小时", "四小时", "4 hours", "four hours", "12 months", "12个月", "十二个月", "twelve months",
            "five years", "五年", "质保期为一年", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "0.5%", "130%", "115%", "140%", "200%",
             "25.0%", "万分之五十", "两小时", "24 hours", "十五日", "第十二条", "112 months", "0.02%", "1,400%",
             "三年", "6 years"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            m = rx.search(variant)
            if m:
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss: " + s, threshold_hits(s))


# ================================================================ read back
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


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def check_sums():
    assert 760000 + 528000 + 84000 + 18000 == 1390000 and 278000 + 625500 + 486500 == 1390000
    assert 408000 + 370000 + 146000 + 238000 == 1162000 and 1162000 + 118000 + 24000 == 1304000
    assert 260800 + 717200 + 326000 == 1304000 and round(1162000 * 0.26) == 302120
    assert 45 * 4200 == 189000 and 189000 + 68000 == 257000 and 2 * 257000 + 96000 == 610000 and 257000 / 4 == 64250
    assert 198000 + 76800 + 64600 + 47000 == 386400 and 4 * 96600 == 386400
    assert 420000 + 356000 + 64000 == 840000 and 462000 + 378000 == 840000
    assert 1180000 + 286000 + 34000 == 1500000 and 300000 + 675000 + 525000 == 1500000 and 1180000 * 11 // 100 == 129800
    assert 168000 + 80 * 1350 + 48000 == 324000 and 324000 + 276000 == 600000
    assert 640 * 1450 == 928000 and 32 * 8600 == 275200 and 928000 + 275200 + 86800 + 312000 == 1602000
    assert 1602000 + 164000 + 26000 == 1792000 and 179200 + 985600 + 627200 == 1792000 and 1602000 * 8 // 100 == 128160
    assert 58000 * 36 == 2088000 and 2088000 + 72000 == 2160000
    assert 2 * 318000 == 636000


def label(key):
    name, lang, cat, t, x, rules, base, forum = DESIGN[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    binaries = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binaries}, binaries, OUT, wrap_words=True)
    for key, (name, *_rest) in DESIGN.items():
        if key not in binaries:
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), indent=1, ensure_ascii=False), encoding="utf-8")

    fired, problems = set(), []
    for key, (name, lang, cat, t, x, rules, base, forum) in DESIGN.items():
        assert list(t) == TERM_KEYS
        derived, share = derive(t, x, base, forum)
        if derived != sorted(rules):
            problems.append((key, "derived", derived, "design", sorted(rules)))
        fired |= set(derived)
        for k, v in THRESHOLD_VALUES.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, "label on threshold", k))
        if share is not None and 38 <= share <= 42:
            problems.append((key, "TCO share near 40", share))
        text = read_back(OUT / name)
        n = size(text, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((key, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold figure", hits[:3]))
        print("%-8s %-4s %5d %-6s tco=%s %s" % (key, lang, n, risk(derived),
                                                 None if share is None else round(share, 1), ", ".join(derived) or "-"))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
