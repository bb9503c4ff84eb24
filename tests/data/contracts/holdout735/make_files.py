"""holdout735 -- ten blind held-out DRAFT contracts (ordinary drafts, no tricks).

Builds every file of this folder from the sources below (.txt / .md written as they are; .docx / .pdf through
../word_pdf.py, PDFs broken at word boundaries), writes the .json labels and asserts:
- the text lengths as read back (Chinese 2,750-3,000 characters without whitespace; English 1,450-1,650 words);
- no label value on a policy threshold, and no threshold figure in any built file (regex, self-tested);
- the rules derived from each label (my reading of policy section 3) equal the design list, and all 20 rules fire.
Run in this folder: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """
T:频谱监测综合管理平台软件采购及定制开发合同（草稿）
P:合同编号：ZC-WJ-2025-0617　　采购方式：公开招标（政府采购）
P:甲方（采购人）：澜州市无线电监测站
P:乙方（供应商）：北辰频谱信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就频谱监测综合管理平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供频谱监测综合管理平台软件（以下简称“平台”）的永久使用许可，覆盖甲方市级监测中心及下属十一个固定监测站、两台移动监测车。
P:1.2 乙方按甲方需求完成定制开发：多站监测数据融合、干扰信号自动识别与交叉定位接口、台站数据库比对、违规信号告警推送及月度频谱评估报表。
P:1.3 乙方负责平台的安装部署、与甲方现有监测接收机及省级平台的接口联调、系统培训及质保期内的技术支持。
P:1.4 培训内容包括平台操作、监测数据分析、告警处置及系统管理，培训对象不少于二十人次，乙方应提供培训教材并对培训效果进行考核。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾陆万捌仟元整（¥1,968,000），为含税固定总价，包括：平台软件许可费¥1,260,000；定制开发费¥586,000；实施部署费¥94,000；培训费¥28,000。
P:2.2 合同总价已包含乙方人员差旅、食宿、第三方测评配合、接口联调所需的工具及辅助材料等全部费用。
P:2.3 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥393,600。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥885,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥688,800。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
P:3.5 履约保函在最终验收合格后十个工作日内退还乙方。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成平台部署及定制功能开发，并提交初步验收申请。
P:4.2 因甲方原因导致工期延误的，交付期限相应顺延。
P:4.3 乙方应交付的文档包括：需求规格说明书、概要设计及详细设计说明书、接口说明、测试报告、部署手册、用户手册、运维手册及源代码清单。文档应使用中文，纸质版一式三份并附电子版。
P:4.4 乙方应派驻不少于四人的项目实施团队，项目经理须具有同类项目经验，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列全部功能逐项测试通过；（二）十一个固定站、两台监测车的数据接入完整，数据延迟不超过3秒；（三）干扰交叉定位在测试场景中的定位误差不超过200米；（四）第三方测评机构出具的安全测评报告无高风险问题。
P:5.2 初步验收合格后进入试运行，试运行期为六十日。试运行期内未发生一级故障且累计二级故障不超过三次的，乙方可申请最终验收，甲方应在收到申请后十五个工作日内组织验收并出具书面结论。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收。
P:5.4 验收所需的测试方案由乙方编制、经甲方确认后执行，甲方可邀请省级监测机构的专家参与验收。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和远程技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%。每低于约定值0.01个百分点，甲方可扣减乙方当期应收款项¥2,000。
P:6.3 故障分级及响应：一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障次一工作日内响应。乙方响应或到场每迟延一小时，向甲方支付¥1,000。
P:6.4 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费为平台软件许可费的9%，即每年¥113,400，维护合同签订后三年内不上调。维护合同期满不自动续期。
P:6.5 乙方应在质保期内每季度对平台进行一次巡检，检查服务器资源、数据库容量、接口运行状态及安全补丁情况，并向甲方提交巡检报告。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，甲方取得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口、报表模板及其源代码和技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付完整源代码。
H:第八条 数据安全
P:8.1 平台处理的监测数据、台站数据及日志等全部数据属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，运维操作须经甲方审批并通过堡垒机进行，全程留存日志。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方监测站点布局、设备参数、工作秘密及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 本条保密义务不因合同终止而失效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定的，应无偿修复或更换；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:10.4 乙方违反第八条约定的，除承担赔偿责任外，甲方有权暂停支付未付款项直至乙方完成整改。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期交付超过三十日，或严重违反本合同约定且经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
P:12.3 合同解除后，乙方应在十日内交还甲方提供的资料及数据，并配合甲方完成平台的交接。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:14.2 乙方应遵守甲方的安全保卫及廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.4 本合同一式六份，甲方四份，乙方两份，经双方签字盖章并报财政部门备案后生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

SRC["z02"] = """
T:旋压及阳极氧化生产线控制系统改造合同（草稿）
P:合同编号：HX-JS-2025-041
P:甲方：鸿兴铝制炊具有限公司（铝锅厂）
P:乙方：东衡工业自动化技术有限公司
P:甲方拟对其二号厂房铝锅旋压成型线及阳极氧化线的电气控制系统进行改造，乙方依据甲方技术规格书提出改造方案并报价。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 旋压成型线：更换八台数控旋压机的控制器及伺服驱动，实现程序化旋压参数管理、刀具寿命统计及断料报警。
P:1.2 阳极氧化线：新增槽液温控、整流器电流电压闭环控制及行车自动排程，改造后氧化膜厚由系统按工艺配方自动控制。
P:1.3 产线数据采集与监控：采集设备状态、产量、能耗及工艺参数，提供车间看板、班组报表和异常追溯，并与甲方现有ERP对接工单与物料数据。
P:1.4 乙方负责设备供货、安装调试、程序编制、操作及维修人员培训，以及质保期内的维护服务。
P:1.5 改造应尽量利用甲方现有的电机、槽体及行车轨道，乙方应在开工前完成现场勘察，对利旧设备的状况出具书面评估意见。
P:1.6 培训对象为甲方操作工、电工及设备主管，合计不少于三十人次；培训结束后乙方应组织考核，考核合格人员方可独立操作。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税、含运输及安装费用。分项价格如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统及IO模块|1套|486,000
TB:2|旋压机伺服驱动及运动控制单元|8套|312,000
TB:3|阳极氧化槽温控及整流器控制柜|6台|268,000
TB:4|工控机及HMI操作终端|10台|94,000
TB:5|产线数据采集与监控软件许可（永久）|1套|236,000
TB:|软硬件小计||1,396,000
TB:6|安装调试|1项|148,000
TB:7|PLC及监控程序定制开发|1项|172,000
TB:8|培训|1项|24,000
TB:|合计||1,740,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
P:2.3 合同总价包括设备包装、保险、装卸、调试用耗材及乙方人员的差旅食宿等一切费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款（¥348,000）。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%（¥609,000）。到货签收仅确认数量及外观，不构成质量验收。
P:3.3 改造完成并经最终验收合格后，甲方支付合同总价的45%（¥783,000）。
P:3.4 乙方应在每次付款前向甲方开具等额增值税专用发票。
P:3.5 甲方支付预付款前，乙方应提交等额的预付款保函。
H:第四条 工期与停产安排
P:4.1 乙方应于合同生效后七十五日内完成全部设备到货，于甲方安排的停产检修窗口内完成安装调试，停产窗口不超过十八日。
P:4.2 乙方施工应遵守甲方厂区安全生产管理制度，动火、登高及带电作业须办理作业许可，并对其人员的安全负责。
P:4.3 乙方应在开工前提交施工组织方案、停产期间的进度计划及应急预案，经甲方确认后实施。改造期间乙方应每日向甲方报告进度。
P:4.4 因甲方未按时提供停产窗口或现场条件导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：（一）八台旋压机按配方程序连续运行七十二小时无控制故障；（二）氧化槽温度控制偏差不超过±1℃，整流器电流控制偏差不超过±2%；（三）抽检五十件产品，氧化膜厚符合甲方工艺标准；（四）数据采集点位完整，看板刷新间隔不大于5秒，ERP工单对接数据一致。
P:5.2 乙方提交验收申请后，甲方应在七个工作日内组织验收，并出具书面验收报告。设备安装完毕或投入生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收，由此产生的费用由乙方承担。
P:5.4 乙方应在验收前提交竣工资料，包括电气原理图、接线图、PLC程序及注释、HMI画面清单、软件安装介质、设备说明书和合格证。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件升级均由乙方免费提供。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单机停机）2小时内响应，次日到场。响应或到场每迟延一小时，乙方向甲方支付¥800。
P:6.3 质保期满后，乙方提供维保服务，年度维保费按软硬件小计的8%计取，即每年¥111,680，质保期满后的三个维保年度内价格不变。
P:6.4 乙方应保证关键备件的供应期不少于八年，并在甲方厂区存放常用备件。
P:6.5 乙方应在质保期内每半年进行一次预防性维护，检查控制柜散热、接线端子、伺服参数及数据库备份情况，并提交维护记录。
H:第七条 知识产权与数据
P:7.1 乙方为本项目编制的PLC程序、HMI画面、监控报表及接口程序（含源程序）的知识产权归甲方所有，甲方可自行修改或委托第三方维护。监控软件标准产品的知识产权归乙方，甲方享有永久使用权。
P:7.2 生产工艺参数、配方、产量及能耗数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或提供给第三方。
P:7.3 乙方远程维护须经甲方书面批准，通过甲方指定的VPN接入并记录操作日志；因乙方原因导致数据泄露、篡改或生产控制系统遭受网络攻击的，乙方应立即报告并承担赔偿责任。
P:7.4 乙方应对交付的工控机和HMI进行安全加固，关闭不必要的端口和服务，禁止使用默认口令。
H:第八条 保密
P:8.1 乙方对知悉的甲方工艺配方、产品图纸、客户信息及经营数据负有保密义务，未经甲方书面同意不得披露或使用。保密期限至相关信息公开之日止。
H:第九条 分包
P:9.1 乙方可将电气安装、桥架敷设及控制柜接线等工作分包给具备相应资质的单位，但应在分包单位进场前五个工作日书面通知甲方。乙方对分包单位的工作质量和安全负责。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 因乙方原因导致停产窗口延长的，乙方还应赔偿甲方因此增加的停产损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:10.4 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
P:10.5 乙方人员在甲方厂区违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。
H:第十一条 合同解除
P:11.1 乙方逾期超过三十日，或设备经两次验收仍不合格，或严重违约经书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 合同解除后，乙方应在甲方要求的期限内拆除未验收的设备并恢复原有控制系统，保证甲方生产不受影响。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交永康仲裁委员会仲裁。
H:第十三条 其他
P:13.1 甲方技术规格书、乙方改造方案及报价单为本合同附件，与本合同具有同等效力。
P:13.2 双方指定的项目联系人负责日常沟通，一方变更联系人应书面通知另一方。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　　代表签字：
"""

SRC["z03"] = """连锁照相馆预约及会员管理系统（SaaS）订阅与实施服务合同（草稿）

合同编号：YX-IT-2025-019
甲方：映象时光影像连锁有限公司（下属证件照与写真门店六十家）
乙方：云芽软件科技有限公司

甲方拟采用乙方“云芽门店通”SaaS服务，用于旗下门店的线上预约、排班、收银、会员积分与储值管理。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方六十家门店及总部开通“云芽门店通”SaaS服务，包括微信小程序预约、门店排班与摄影师档期、收银及储值、会员等级与积分、营销券、选片与取件通知、经营报表等模块。
2. 服务以乙方云平台提供，乙方负责平台的运行、维护、升级及数据备份，甲方无须自建服务器。
（二）实施服务
1. 乙方负责完成甲方原会员系统中约二十一万条会员档案、储值余额及积分数据的迁移与核对。
2. 乙方按甲方品牌规范配置小程序页面、预约规则、证件照套餐及写真套餐价目，并完成与甲方财务系统的日结数据对接。
3. 乙方为甲方店长、前台及总部运营人员提供分批培训，合计不少于一百二十人次，并提供操作手册和培训视频。
4. 乙方负责门店现有小票打印机、扫码枪与平台的适配调试，不能适配的，应提前告知甲方替代方案。
（三）运营支持
1. 服务期内乙方为甲方配备专属客户成功经理，每月与甲方总部运营部门召开一次服务例会，通报平台运行情况、故障处理及需求排期。
2. 乙方提供7×24小时在线客服和电话支持，门店人员可通过小程序后台提交工单并查询处理进度。
3. 甲方新增门店的，按本合同门店单价及剩余服务期折算订阅费，双方以补充协议确认；关闭门店的，从下一季度起相应减少订阅费。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方应在续期开始前以电子邮件通知甲方。
（三）续期期间，本合同其他条款继续适用。

三、费用
（一）订阅费：门店端每店每个服务年度¥4,200，六十家门店合计¥252,000；总部管理端每个服务年度¥36,000。每个服务年度订阅费合计¥288,000，两个服务年度合计¥576,000。
（二）实施费：一次性¥68,000，含数据迁移、小程序配置、财务对接及培训。
（三）本合同总价为¥644,000（含税）。短信通知按实际发送量另行结算，不计入合同总价。
（四）服务期内除本条约定及续期调价外，乙方不得以功能升级等名义另行收取费用。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，每个季度首月十日前支付当季订阅费¥72,000。
（三）乙方应在付款前开具增值税专用发票。
（四）甲方按季度支付的订阅费对应当季服务，因乙方原因终止服务的，乙方应按未履行天数退还。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：1. 会员档案、储值余额和积分数据迁移后逐条核对一致；2. 六十家门店均可正常预约、排班、收银和核销；3. 财务日结数据连续十日与门店收银一致；4. 小程序在五百人同时预约时页面响应不超过2秒。
（三）甲方应在收到验收申请后五个工作日内组织验收并出具书面意见；门店试用或甲方付款不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收；整改期间不另计服务期。

六、服务水平
（一）乙方保证平台月度可用率不低于99.5%（计划内维护除外，计划维护应安排在每日零时至六时并提前两日通知）。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应、3小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应、次一工作日内解决。
（三）月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣不超过当月订阅费的一半；一级故障响应每迟延一小时，乙方另支付¥500。
（四）乙方应每月向甲方提交服务报告，列明月度可用率、故障清单、响应及恢复时间，以及服务抵扣的计算。
（五）乙方应每日对甲方数据进行全量备份，备份数据保留不少于三十日，并每半年进行一次恢复演练。

七、数据
（一）甲方顾客的姓名、手机号、证件照及写真照片、消费和储值记录（“甲方数据”）属于甲方所有。
（二）甲方同意，乙方可在去除姓名、手机号等身份标识后，将甲方数据中的照片样本及预约、消费统计数据用于训练和优化乙方的智能修图模型，并用于编制和发布影像行业经营分析报告；该项使用在合同终止后仍可继续。
（三）数据安全：乙方应按照《个人信息保护法》《数据安全法》的要求，对甲方数据实行加密存储和传输、权限分级及操作日志审计，服务器位于中国境内。发生数据泄露等安全事件的，乙方应在2小时内通知甲方，并承担因此造成的损失。
（四）合同终止后三十日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除平台上的甲方数据。

八、知识产权
（一）“云芽门店通”平台软件的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、套餐及积分规则配置、财务对接程序及相关文档归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其提供的平台软件不侵犯第三方知识产权；因此引起纠纷的，由乙方负责处理并承担赔偿责任。

九、保密
双方对在合作中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方人员应遵守甲方门店的顾客隐私管理规定，不得私自拷贝或传播顾客照片。

十、违约责任
（一）乙方逾期完成上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。
（四）乙方迁移数据出现错误导致会员储值余额或积分损失的，乙方应负责恢复并赔偿甲方因此向顾客承担的全部费用。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未提供服务期间的订阅费。
（二）平台连续两个月可用率低于约定值的，甲方有权解除本合同。
（三）合同解除或终止的，乙方应配合甲方完成数据导出和业务切换，切换期间不得中断服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
双方联系人及通知方式见合同首页，以电子邮件发送的通知自发送成功之日起视为送达。本合同附件包括：服务功能清单、实施计划、服务水平说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
"""

SRC["z04"] = """生物样本库样本管理系统年度运维服务合同（草稿）

项目编号：QZZL-CS-2025-022（竞争性磋商）
甲方：青州市肿瘤医院（生物样本库）
乙方：康铂信息技术服务有限公司

根据本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就生物样本库样本管理系统年度运维服务订立本合同。

第一条 服务对象与范围
（一）运维对象：甲方生物样本库样本管理系统（含样本登记、出入库、位置管理、质控、知情同意管理、样本申请与审批模块），及其与医院HIS、LIS、病理系统、液氮罐及超低温冰箱温度监控系统之间的接口。
（二）服务内容：1. 日常巡检与监控；2. 故障处理与应急响应；3. 数据库维护、备份与恢复演练；4. 操作系统及中间件补丁更新；5. 接口运行保障与数据对账；6. 用户权限管理支持与操作培训；7. 甲方提出的小型功能调整，每个季度不超过十五个人日。
（三）乙方应派驻一名驻场工程师，工作日八时至十八时在甲方样本库现场值守，并安排二线工程师提供7×24小时远程支持。
（四）乙方应在服务开始后十个工作日内完成系统现状评估，梳理服务器、数据库、接口及账号清单，形成运维基线文档并报甲方确认。
（五）乙方应每月对样本库网络设备、服务器及存储的运行状态进行一次全面检查，发现隐患及时书面报告甲方并提出整改建议。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。乙方应于服务开始前完成与原运维服务商的交接。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾叁万捌仟元整（¥438,000），含税，包括人工、差旅、工具、备品及第三方软件维护等全部费用。
（二）服务费按季度结算，每季度末经甲方季度服务考核合格后十五个工作日内支付当季服务费¥109,500。
（三）本合同不设预付款。乙方应在每次付款前开具增值税发票。
（四）服务期内因甲方新增设备或模块导致运维工作量明显增加的，双方可协商签订补充协议，但调整金额不超过合同总价的百分之十。

第四条 服务水平
（一）样本管理系统月度可用率不低于99.95%（经甲方同意的计划维护时间除外）。
（二）故障分级：一级故障指样本出入库中断、温度告警推送中断或数据库不可用；二级故障指单一模块或单一接口异常；三级故障指不影响业务的一般问题。
（三）响应与恢复：一级故障乙方应在15分钟内响应，驻场工程师立即到场，2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障次一工作日内解决。
（四）温度监控接口中断的，乙方应立即通知样本库值班人员启动人工巡查，直至接口恢复。
（五）乙方应建立运维工单台账，所有故障、变更及服务请求均须登记，记录发现时间、响应时间、处理过程和关闭时间，甲方可随时查阅。

第五条 考核与扣款
（一）月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,500。
（二）一级故障响应或恢复每迟延一小时，扣减当季服务费¥2,000；二级故障每迟延一小时扣减¥500。
（三）季度扣款累计不超过当季服务费的二分之一。

第六条 服务考核与验收
（一）乙方应于每季度末提交季度运维报告，内容包括巡检记录、故障清单、响应及恢复时长、备份与恢复演练记录、补丁更新记录及功能调整完成情况。
（二）甲方按磋商文件附件《运维服务考核细则》对乙方进行季度考核，考核得分不低于八十五分为合格。考核不合格的，乙方应在十个工作日内整改，整改合格后支付当季服务费。
（三）服务期满前，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的样本信息丢失；全部运维文档、脚本及配置清单已移交甲方。
（四）年度验收不合格的，乙方应在十五个工作日内完成整改；整改期间乙方仍应按本合同提供服务，不另收费用。

第七条 重点工作及完成期限
（一）乙方应于2025年9月30日前完成数据库版本升级及全量数据校验，升级前后样本数量、位置及质控记录逐条比对一致。
（二）乙方应于2025年11月30日前完成与新病理系统的接口切换。
（三）乙方应每半年组织一次数据库恢复演练，并于演练后五个工作日内提交演练报告。
（四）因甲方原因或第三方系统厂商原因导致重点工作无法按期完成的，经甲方书面确认后，完成期限相应顺延。

第八条 数据安全
（一）样本管理系统中的样本信息、捐献者信息、知情同意书、检测及质控数据属于甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》《人类遗传资源管理条例》及甲方信息安全管理制度：运维操作须通过甲方堡垒机进行并全程录像；禁止将数据导出至甲方网络之外；运维账号实行最小权限并每季度复核；使用的工具软件须经甲方安全检测。
（三）发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在1小时内报告甲方信息科及样本库负责人，立即采取处置措施，并配合调查；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚费用。
（四）服务期满或乙方人员离场时，乙方应交回全部账号、证书及介质，甲方对乙方使用过的终端进行数据清除检查。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表、接口程序修改及文档，其知识产权归甲方所有，甲方可自由使用和修改。

第十条 人员管理
（一）乙方驻场工程师须具备三年以上同类系统运维经验，并经甲方面试确认。乙方更换驻场工程师须提前十日通知甲方，并安排不少于五个工作日的交接。
（二）乙方人员应遵守甲方医院管理制度，进入样本库须穿戴防护用品并登记。
（三）甲方有权对乙方人员的工作进行监督，对不称职的人员，甲方可要求乙方在五个工作日内更换。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 违约责任
（一）乙方未按第七条约定期限完成重点工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方操作失误造成样本信息错误或系统损坏的，乙方应负责恢复，并赔偿甲方由此产生的损失。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（四）乙方未按约定派驻或更换驻场工程师的，每缺勤一个工作日扣减服务费¥800。

第十三条 合同的履行与变更
（一）合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。乙方违约的，甲方可依第五条、第十二条扣减服务费或要求支付违约金，并要求乙方继续履行。
（二）本合同的变更须由双方签订书面补充协议。
（三）服务期届满前，乙方应配合甲方完成服务交接，向甲方或其指定的后续服务商移交运维文档、脚本及知识库，交接期不少于十日。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、乙方响应文件及成交通知书为本合同的组成部分。双方往来通知以书面或电子邮件方式送达合同首部列明的地址。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　日期：
"""

SRC["z05"] = """# 匠链工序追溯系统 软件许可及定制开发合同

（乙方标准合同文本 JL-HT-2024 版，草稿）

- 甲方：莆阳木鱼工艺品厂
- 乙方：匠链智造软件有限公司
- 合同编号：JL-2025-0308

甲方因生产管理需要，向乙方采购“匠链工序追溯系统”软件许可及定制开发服务。双方在平等自愿的基础上，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工序追溯系统”标准版软件许可一套（永久许可，授权用户数不限，安装于甲方服务器）。

1.2 乙方根据甲方需求进行定制开发，包括：选料与干燥批次登记、粗坯雕刻及掏膛工序的扫码报工、手工雕刻师傅工时与计件统计、打磨上漆工序质检记录、成品批次追溯码及车间看板。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。

1.4 乙方提供的定制功能以双方确认的《需求确认书》为准，《需求确认书》签署后甲方提出的新增或变更需求，按乙方人天单价¥2,800另行计费。

1.5 软件许可授权甲方在其自有厂区内使用，甲方新增厂区或将系统提供给关联企业使用的，须另行购买许可。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追溯系统标准版软件许可 | 960,000 |
| 2 | 工序采集、批次追溯及看板定制开发 | 318,000 |
| 3 | 实施部署 | 86,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 1,380,000 |

2.2 上述价格不含甲方服务器、扫码枪、工位平板等硬件，由甲方自行采购。

2.3 本合同价款为含税价格，乙方开具增值税普通发票；甲方要求开具专用发票的，须提前书面告知。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥759,000。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%，即¥621,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施或技术服务直至甲方付清款项。

3.4 乙方收到首期款项后方开始实施工作。

## 第四条 实施与交付

4.1 乙方应在收到首期款项后九十日内完成系统部署及定制开发，具体进度以乙方提交的实施计划为准。

4.2 甲方应按乙方要求提供服务器环境、网络条件、工序资料和基础数据，并指定专人配合。因甲方配合不到位造成的延误，乙方不承担责任，工期顺延。

4.3 乙方交付安装介质、用户手册及管理员手册各一套。

4.4 乙方实施人员以远程实施为主，现场实施天数不超过二十个工作日；超出部分的差旅费用由甲方承担。

4.5 甲方应在乙方通知上线之日起三日内组织工人完成系统操作培训，甲方未按时组织的，视为乙方已完成培训义务。

4.6 甲方的基础数据（工序、工价、雕刻师傅名单、物料编码）应在实施开始后二十日内整理完毕并提交乙方，数据质量由甲方负责。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方根据工作量另行报价。

5.3 甲方在系统上线后使用中发现的缺陷，由乙方在免费维护期内按第六条处理，不影响验收结论及付款。

## 第六条 免费维护期及服务响应

6.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和软件缺陷修复。

6.2 甲方报告一级故障（系统无法登录或无法报工）的，乙方在8小时内响应，并视情况安排远程或现场处理；其他故障在三个工作日内响应。

6.3 乙方对故障处理时长不作承诺，因故障造成的停工或损失，乙方不承担扣款、赔偿或违约金。

6.4 免费维护期内乙方提供的服务不包括：因甲方硬件、网络、操作系统或数据库故障引起的问题；甲方自行修改配置或数据引起的问题；新增功能或报表。

6.5 乙方服务时间为工作日九时至十七时三十分，节假日期间仅受理一级故障。

6.6 乙方可根据产品升级计划调整软件功能，调整后的版本替代原版本提供给甲方使用。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订年度维保合同，以获得软件升级、缺陷修复和技术支持服务。

7.2 年度维保费为软件许可费的28%，即每年¥268,800，在每个维保年度开始前一次性支付。

7.3 甲方未签订维保合同的，乙方不再提供任何升级和技术支持。

7.4 维保服务内容包括：远程技术支持、软件缺陷修复、标准产品版本升级、每个维保年度一次的现场巡检。

## 第八条 知识产权

8.1 本合同项下的标准软件、定制开发的全部功能模块、报表、看板、接口程序及源代码，知识产权均归乙方所有。

8.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，亦不得交由第三方维护或开发。

8.3 乙方有权将为甲方定制开发的功能纳入其标准产品，向其他客户销售。

8.4 甲方违反本条约定的，乙方有权终止软件许可，并要求甲方赔偿损失。

## 第九条 数据与安全

9.1 甲方在系统中录入和产生的生产、工人、订单及质检数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，操作留存日志；乙方应采取合理的技术措施防止数据泄露、丢失，发现安全事件应在24小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

9.3 甲方应自行做好服务器及数据库的备份，因甲方未备份导致的数据丢失，乙方不承担责任。

9.4 乙方工程师可通过远程工具登录甲方服务器进行维护，甲方应保持远程通道畅通。

## 第十条 保密

双方对本合同内容及在合作中知悉的对方技术信息、经营信息负有保密义务，保密期限为合同终止后三年。甲方不得向第三方披露乙方的报价、软件界面及技术文档。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违反本合同其他约定的，应承担相应的违约责任。

11.3 乙方不对甲方的间接损失、利润损失承担责任。

11.4 因不可抗力、甲方原因或第三方软硬件原因造成的延误或损失，乙方不承担违约责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

12.3 甲方单方提出终止合同的，应支付乙方已完成工作的费用及合同总价的10%作为补偿。

12.4 合同解除后，甲方应停止使用定制开发的功能模块，并删除相关程序。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同为乙方标准文本，未经乙方书面确认的修改无效。

14.2 甲方同意乙方在其宣传材料及官方网站中将甲方列为客户案例，使用甲方名称及系统应用场景介绍。

14.3 本合同未尽事宜，双方另行协商并签订补充协议。

14.4 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　　　　　　　　　日期：
"""

SRC["e01"] = """
T:Software Licence and Services Agreement (Draft)
P:Agreement No. SLA-QH-2025-07
P:This Agreement is made between Qinghe Hydropower Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan (the "Buyer"), and Makwanpur Softworks Pvt. Ltd., a company incorporated in Nepal with its registered office at Hetauda Industrial District, Hetauda, Makwanpur, Nepal (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's TurbineCare maintenance work-order software, together with configuration, interface, migration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the TurbineCare maintenance management software in the version current at signature, including its mobile inspection application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflow definitions, report templates, interface programs and data migration scripts prepared by the Vendor specifically for the Buyer, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's environment, including equipment records, work orders, inspection results, photographs and personnel data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in Chengdu and at its three assembly plants, for an unlimited number of named users employed by the Buyer and its subsidiaries in the People's Republic of China.
P:2.2 The Vendor shall configure the Software for the Buyer's maintenance processes for turbine runners, generators, governors and auxiliary equipment; develop interfaces to the Buyer's ERP system and its document management system; migrate historical maintenance records from the Buyer's existing spreadsheets and legacy database; and train the Buyer's administrators and key users.
P:2.3 The Vendor shall deliver the work through a project team led by a named project manager who speaks Chinese or works with a qualified interpreter provided at the Vendor's cost.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,610,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,120,000; configuration and interface development CNY 364,000; data migration CNY 92,000; training CNY 34,000.
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements, which are at the Vendor's risk.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 322,000) within fifteen business days after signature and receipt of the Vendor's invoice, as an advance payment.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 724,500) after installation and configuration are complete and the Buyer has signed the installation record. Signature of the installation record confirms completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 563,500) within twenty business days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration within 120 days after signature, in accordance with the project plan agreed in the first two weeks.
P:5.2 The Vendor shall propose acceptance test scripts covering every requirement in Annex 1. The acceptance criteria are: (a) all test scripts pass; (b) every migrated equipment record and open work order reconciles with the source data; (c) the ERP and document interfaces run for twenty consecutive days without failure; (d) the mobile inspection application works offline and synchronises within two minutes of reconnecting; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days, or give written reasons for refusal. Installation, go-live, productive use of the Software or any payment does not constitute acceptance.
P:5.4 If the Software fails acceptance, the Vendor shall correct the defects within fifteen days and the tests shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the documentation and Annex 1 for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote support free of charge.
P:6.2 Defects are classified by severity. Severity 1 means the Software is unavailable or work orders cannot be created or closed. The Vendor shall respond to a Severity 1 defect within one hour, twenty-four hours a day, and provide a workaround or fix within eight hours. Severity 2 defects receive a response within two hours during business hours and a fix within three business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may purchase annual support at 10% of the Software licence fee, that is CNY 112,000 per year. This fee shall not increase during the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their complete source code before Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor warrants that the Software and Custom Deliverables do not infringe third-party rights and shall defend and indemnify the Buyer against any such claim.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and bastion host, with individual accounts approved by the Buyer for each session. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Data Security Law and the Personal Information Protection Law.
P:8.3 If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data, it shall notify the Buyer within six hours, take immediate remedial measures and cooperate with the Buyer's investigation. The Vendor is liable for all losses caused by a security incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including technical drawings, plant layouts and commercial terms, and shall use it only for this Agreement. This obligation survives termination of this Agreement for three years.
P:9.2 Information that is public, already known to the recipient or independently developed is not confidential information.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 8 and 9, infringement claims, personal injury, or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 Either party may terminate if the other becomes insolvent. On termination the Vendor shall return the Buyer's materials and deliver all Custom Deliverables completed to date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Nepal.
P:13.2 Any dispute arising out of this Agreement shall first be discussed by the parties' project sponsors. If it is not resolved within thirty days, it shall be finally settled by arbitration under the rules of the Nepal Council of Arbitration, seated in Kathmandu, in the English language.
H:Article 14 General
P:14.1 Annex 1 (Functional Requirements) and Annex 2 (Project Plan) form part of this Agreement. If they conflict with these Articles, these Articles prevail.
P:14.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above or by email to the named project managers.
P:14.3 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Karatoa Learn - Order Form and General Terms (Draft)

Order Form No. KL-OF-2025-114

## Part A - Order Form

### A1. Parties

- **Customer:** Hanshan Home Retail Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hangzhou, Zhejiang.
- **Provider:** Karatoa Cloud Ltd., a company incorporated in Bangladesh, registered office at Sherpur Road, Bogra, Bangladesh.

### A2. Service

Karatoa Learn, the Provider's hosted learning management service, for up to 2,600 named learners across the Customer's stores, warehouses and head office, including the course library, assessments, certificates, mobile learning app, manager dashboards and the single sign-on connector. The Service is hosted for the Customer in a mainland China cloud region operated by a licensed domestic cloud provider.

### A3. Subscription Term

Twenty-four months from the Go-Live Date, made up of two Subscription Years. The Go-Live Date is the date of the Customer's written Go-Live acceptance under A5.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 2,600 learners | 318,000 |
| Subscription fee, Subscription Year 2 | 2,600 learners | 318,000 |
| Onboarding and configuration | one-time | 46,000 |
| Course migration (about 340 courses) | one-time | 22,000 |
| **Total Fees** | | **704,000** |

Fees include VAT. Additional learners may be added at the pro-rated per-learner rate of this Order Form.

### A5. Onboarding, Go-Live Acceptance and Payment

1. The Provider shall complete onboarding within sixty days after signature of this Order Form: tenant set-up, single sign-on with the Customer's identity system, organisation and role import, course migration and branding.
2. Go-Live acceptance criteria: (a) every migrated course opens, plays and records completion correctly; (b) learner and manager accounts match the Customer's HR extract; (c) single sign-on works for all user groups; (d) a pilot group of 150 learners completes a test course with no Severity 1 defect. The Customer shall confirm acceptance in writing within five business days after the Provider's notice that the criteria are met, or state the failures.
3. If the Go-Live Date is later than the sixtieth day after signature for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.
4. The one-time fees are invoiced on the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days.

### A6. Signatures

This Order Form and the General Terms in Part B form the Agreement. If they conflict, this Order Form prevails.

For the Customer: ____________________  For the Provider: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Agreement" means the Order Form in Part A and these General Terms.

1.2 "Customer Data" means all data, content and personal information uploaded to or generated in the Service by or for the Customer, including learner records, course completions, assessment results and course materials supplied by the Customer.

1.3 "Customer Materials" means courses, templates and configurations created by the Provider specifically for the Customer under this Agreement.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to respond to support requests raised through its help desk during its business hours. The Provider does not commit to any availability level, response time or resolution time.

2.3 The Provider may carry out maintenance at any time and will try to give notice of planned maintenance by email or in the Service.

2.4 The Provider may update the features of the Service from time to time, provided that the overall functionality of the Service is not materially reduced.

2.5 Support is provided in English and Chinese through the help desk portal and by email. The Customer may name up to six administrators who may raise support requests on behalf of its learners.

2.6 The Provider shall make the Customer's learning reports available for export in spreadsheet format and shall keep the mobile learning app compatible with the current and previous major versions of the common mobile operating systems.

### 3. Customer Obligations

3.1 The Customer is responsible for the accuracy of Customer Data and for the use of the Service by its learners and administrators.

3.2 The Customer shall not resell the Service or use it to build a competing product.

3.3 The Customer shall keep its administrator credentials secure and inform the Provider promptly of any suspected misuse of an account.

3.4 The Customer shall provide the HR extract, identity-system details and course files needed for onboarding within ten business days after signature of the Order Form.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

4.2 The Provider shall keep Customer Data in the mainland China region named in A2, encrypt it in transit and at rest, apply role-based access and multi-factor authentication for its administrators, keep access logs for at least six months, and maintain ISO 27001 certification for the Service.

4.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, take remedial action and support the Customer in meeting its obligations under the Personal Information Protection Law. The Provider is liable for losses caused by a security incident resulting from its breach of this Section 4.

4.4 Within thirty days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it, confirming deletion in writing.

### 5. Subcontractors

5.1 The Provider may use subcontractors and sub-processors, including its hosting provider, to perform the Agreement. The Provider will notify the Customer by email of any new subcontractor or sub-processor before it starts processing Customer Data. The Provider remains responsible for their performance.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Materials and Customer Data belong to the Customer. The Customer may use, modify and license Customer Materials freely, including after the end of the Agreement and with other providers.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties.

7.2 These duties continue for three years after the Agreement ends.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to two times the Total Fees, except for breach of Sections 4 and 7, infringement and wilful misconduct, which are not limited.

8.2 Neither party is liable for indirect or consequential loss.

### 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term. Any renewal requires a new Order Form signed by both parties, with fees agreed at that time.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

9.3 If the Customer terminates under 9.2, the Provider shall refund any prepaid fees for the period after termination.

9.4 On termination or expiry, Section 4.4 applies and the Customer's right to use the Service ends.

### 10. Warranties

10.1 The Provider warrants that it will perform the Service with reasonable skill and care and that the Service will materially conform to its documentation.

10.2 If the Service does not so conform, the Provider shall correct the non-conformity within a reasonable time after notice.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 Notices shall be given in writing to the addresses in A1 or by email to the contacts named by each party.

12.3 The Agreement is the entire agreement between the parties on its subject and supersedes any click-through or online terms.

12.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than sixty days, either party may terminate the Agreement by written notice.

12.5 Each party shall comply with the anti-bribery and export control laws that apply to it in connection with the Agreement.

12.6 The Agreement may be signed electronically and in counterparts, each of which is an original.
"""

SRC["e03"] = """
T:Purchase Contract for Cold-Chain Monitoring Sensors and Monitoring Software Licence (Draft)
P:Contract No. HY-PUR-2025-0192
P:Buyer: Huaiyuan Pharmaceutical Distribution Co., Ltd., registered in Hefei, Anhui, People's Republic of China.
P:Supplier: Mithila Instruments Pvt. Ltd., registered at Ramanand Chowk, Janakpur, Dhanusha, Nepal.
P:This Contract is made on the Buyer's standard purchase terms. The Supplier shall supply wireless temperature and humidity sensors, gateways and a perpetual licence to its ColdWatch monitoring software for the Buyer's warehouses and delivery vehicles, and shall install, calibrate and validate the system.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2. "Software" means the ColdWatch monitoring software, including its alarm server, web console and mobile alarm application.
P:1.2 "System" means the Equipment and Software installed, configured and integrated at the Buyer's forty sites, including the interface to the Buyer's warehouse management system (WMS).
P:1.3 The Supplier shall deliver, install and calibrate the Equipment; install the Software on the Buyer's servers; configure alarm rules for each storage zone; develop the WMS interface; carry out installation and operational qualification (IQ/OQ) in line with GSP requirements; and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,391,000, inclusive of VAT, packing, transport to each site, insurance and all import duties, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,380|579,600
TB:2|Gateway with cellular backup|36|6,200|223,200
TB:3|ColdWatch monitoring software, perpetual licence, 40 sites|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,188,800
TB:4|Installation and calibration|1|118,400|118,400
TB:5|IQ/OQ validation|1|64,000|64,000
TB:6|Training|1|19,800|19,800
TB:|Contract Price|||1,391,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 139,100) within fifteen business days after signature, against the Supplier's advance payment bank guarantee for the same amount.
P:3.2 55% of the Contract Price (CNY 765,050) after all Equipment has been delivered and installed at all sites and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 486,850) within twenty business days after Final Acceptance under clause 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its authorised agent in China.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment within seventy days after signature and complete installation within forty days after delivery, following the site schedule agreed with the Buyer.
P:4.2 Each sensor shall carry a calibration certificate traceable to national standards, covering the range from minus thirty to plus fifty degrees Celsius.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the installation record; title passes on payment under clause 3.2.
P:4.4 The Supplier shall pack the Equipment to protect it against moisture and shock during transport, label each carton with the destination site and keep a serial-number list for every site, which it shall hand over at installation.
P:4.5 The Supplier's installation staff shall follow the Buyer's warehouse safety and hygiene rules, wear the protective clothing provided at each site and work in refrigerated areas only in the presence of the Buyer's warehouse staff.
H:4A. Training
P:4A.1 The Supplier shall train the Buyer's quality staff, warehouse supervisors and IT administrators in at least six sessions, covering alarm handling, calibration records, user management, backup and restoration of the alarm server, and the use of the mobile alarm application. Training materials shall be in Chinese.
P:4A.2 The Supplier shall provide a written system administration manual and a standard operating procedure template for alarm handling that the Buyer can adapt to its quality system.
H:5. Acceptance
P:5.1 Final Acceptance requires: (a) IQ/OQ protocols approved by the Buyer's quality department and executed without open deviations; (b) measurement error of every sensor within plus or minus 0.5 degrees Celsius against a reference instrument; (c) alarms delivered by SMS, application and telephone within sixty seconds in all test cases; (d) sensor data for every storage zone visible in the WMS; and (e) a thirty-day trial run with no Severity 1 fault.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten business days after the criteria are met, or give written reasons. Installation, use of the System or payment does not constitute acceptance.
P:5.3 If the System fails acceptance, the Supplier shall remedy the defects within fifteen days and repeat the tests at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, recalibrate sensors once every year, correct Software defects and supply Software updates, all free of charge.
P:6.2 Faults are handled according to the table below.
TB:Severity|Definition|Response|Restoration
TB:1|Alarm server down, or a site without monitoring|30 minutes|6 hours
TB:2|Single gateway or several sensors offline|2 hours|next business day
TB:3|Other faults and questions|next business day|five business days
P:6.3 The alarm server shall be available at least 99.95% of each month. For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000, and for each 0.01 percentage point of monthly availability below the committed level CNY 1,500.
P:6.4 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 83,216 per year, covering the same services. This fee is fixed for the first three support years. Support does not renew automatically.
P:6.6 The Supplier shall keep a fault log for the System, recording the time of each report, response, restoration and root cause, and shall send the Buyer a quarterly service report during the warranty period.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in China equal to at least 5% of the installed quantity.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and the firmware of the Equipment, which the Buyer may use perpetually.
P:7.2 The WMS interface, alarm rule sets, validation documents and reports prepared for the Buyer, including source code, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Protection and Security
P:8.1 All monitoring data, alarm records and user data belong to the Buyer and are stored on the Buyer's servers. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the System remotely only through the Buyer's VPN with accounts approved per session, shall not copy data out of the Buyer's network, and shall keep the Software's audit trail functions enabled.
P:8.3 The Supplier shall report any security incident affecting the System within two hours, take remedial action and bear the losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's site layouts, product lists and customer information, and shall not disclose it without prior written consent. This obligation survives termination.
P:9.2 Information that is already public, was lawfully known to the recipient before disclosure or must be disclosed by law or to a regulator is not covered, provided that the disclosing party is informed where the law allows it.
H:10. Delay and Liability
P:10.1 If delivery, installation or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price per day, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier has named its installation partner in Anhui in its tender, and the Buyer's consent is given by signing this Contract for that partner only.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments for undelivered parts and remove rejected Equipment.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:14. General
P:14.1 Annex 1 (Technical Specification) and Annex 2 (Site List) form part of this Contract.
P:14.2 Each party shall comply with applicable anti-bribery laws and shall not offer any improper benefit to the other party's staff.
P:14.3 Amendments to this Contract are valid only if made in writing and signed by both parties.
P:14.4 This Contract is signed in two originals in English and Chinese. If the versions differ, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement (Draft)

Agreement No. MSA-LF-2025-03

**Customer:** Lanfang Textile Group Co., Ltd., incorporated in the People's Republic of China, registered office in Shaoxing, Zhejiang.

**Provider:** Koshi Managed Services Pvt. Ltd., incorporated in Nepal, registered office at Main Road, Itahari, Sunsari, Nepal.

The Customer operates a head office and nine dyeing, weaving and garment factories in Zhejiang and Jiangsu. The Provider shall deliver a remote service desk, network and server monitoring and on-site coordination services for these sites on the terms of this Agreement and its Schedules 1 to 3.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Transition" means the work to take over the services from the Customer's internal team and prior provider, ending with Transition Acceptance under Section 4.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses or processes in performing the Services.

## Section 2 Term

2.1 This Agreement starts on signature. The service period is thirty-six months from Transition Acceptance.

2.2 The parties may extend the service period only by a written amendment signed by both parties at charges agreed at that time. There is no automatic renewal.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,732,000: the one-time Transition Fee of CNY 58,000 and thirty-six Monthly Service Charges of CNY 46,500.

3.2 The Transition Fee is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears, after service credits for the month have been deducted.

3.3 Invoices are payable within thirty days of receipt of a valid VAT invoice issued through the Provider's appointed invoicing agent in China. Charges are fixed for the service period.

## Section 4 Transition and Acceptance

4.1 The Provider shall complete Transition within seventy-five days after signature. Transition includes: inventory of all network devices, servers and end-user devices; set-up of the monitoring platform for all sites; service desk telephone lines and ticket portal in Chinese; knowledge-base articles for the fifty most frequent requests; and runbooks for each site.

4.2 Transition Acceptance criteria: (a) every device in the inventory is monitored and reporting; (b) the service desk has handled the Customer's tickets for ten consecutive business days in parallel run, meeting the Schedule 2 response levels; (c) the runbooks and escalation lists have been approved by the Customer's IT manager; and (d) a failover test of the head-office internet link has been completed. The Customer shall confirm acceptance in writing within five business days after the criteria are met, or list the failures.

4.3 If Transition Acceptance is delayed beyond the seventy-fifth day for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## Section 5 Services and Service Levels

5.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

5.2 The Provider shall report monthly on ticket volumes, response and resolution times, availability of the monitoring platform, incidents and recommendations, and shall meet the Customer's IT manager each month to review the report.

5.3 If a Service Level is missed, the service credits in Schedule 2 apply. Service credits are deducted from the next invoice.

5.4 The Customer shall give the Provider remote access to the monitored devices, keep its contact lists current, and make its local contractors available for on-site work dispatched by the Provider.

5.5 Changes to the scope of the Services, such as new sites or a higher number of users, shall be agreed in a written change order stating the effect on the Monthly Service Charge.

## Section 6 Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services.

6.2 On expiry or termination the Provider shall hand over all runbooks, configuration records and ticket history to the Customer or its new provider.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including network designs, passwords, production plans, prices and customer information, and shall use it only for this Agreement.

7.2 Each party may disclose such information to its employees and subcontractors who need to know it and are bound by equivalent duties, and as required by law.

7.3 These duties survive the end of this Agreement for three years.

## Section 8 Personnel

8.1 The Provider shall assign a named service delivery manager fluent in Chinese, and service desk agents able to handle calls in Chinese during the hours stated in Schedule 1.

8.2 The Provider shall replace any staff member whom the Customer reasonably objects to within ten business days.

8.3 The Provider shall keep the number of agents and engineers needed to meet the Service Levels during holiday periods, including the Chinese New Year and the main Nepali festivals, and shall inform the Customer of its holiday staffing plan one month in advance.

## Section 9 Intellectual Property

9.1 The Provider retains its monitoring platform, tools and general know-how.

9.2 Runbooks, scripts, reports and configurations created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including with a successor provider.

## Section 10 Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any claim or series of claims shall not exceed the Monthly Service Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

## Section 11 Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except for the telephone carrier providing the service desk lines. The Provider remains responsible for any approved subcontractor.

## Section 12 Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if Service Levels for P1 response are missed in three consecutive months.

12.2 Either party may terminate if the other party becomes insolvent.

12.3 On termination the Provider shall provide exit assistance for up to sixty days at the then applicable Monthly Service Charge, pro rata.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Hangzhou under its rules then in force.

## Section 14 General

14.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail.

14.2 Amendments must be in writing and signed by both parties.

14.3 Notices shall be given in writing to the registered offices above or by email to each party's named contact.

14.4 This Agreement is made in English and Chinese; both versions are equally authentic.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and email support for about 1,900 users in Chinese and English; password resets, software requests, printer and device issues | 07:00-22:00, seven days a week |
| Network monitoring | Monitoring of routers, switches, firewalls, wireless controllers and internet links at ten sites; alarm handling and carrier escalation | 24x7 |
| Server monitoring | Monitoring of 64 physical and virtual servers, backups and storage; patch scheduling with the Customer's approval | 24x7 |
| On-site coordination | Dispatch and supervision of the Customer's local contractors and hardware vendors for on-site work | business hours |
| Change management | Recording, risk assessment and scheduling of changes approved by the Customer | business hours |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| P1 | Site network down, or a production system unavailable | 15 minutes | 3 hours | 2% of the Monthly Service Charge per incident |
| P2 | Service degraded at a site or for a department | 30 minutes | 8 hours | 1% per incident |
| P3 | Single user or non-urgent request | 2 hours | 2 business days | 0.5% per ten missed tickets |

Monitoring platform availability: at least 99.95% per month; credit 3% of the Monthly Service Charge for each 0.1 percentage point below. Total credits in a month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Item | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Fee | 58,000 | after Transition Acceptance |
| Monthly Service Charge | 46,500 per month | monthly in arrears |
| Monthly Service Charges, 36 months | 1,674,000 | |
| Total Contract Value | 1,732,000 | |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT - JUTE AND NATURAL FIBRE MARKET DATA API (DRAFT)

Agreement No. BDS-DSA-2025-027

BETWEEN
Fengtai Fibre Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong ("Customer"); and
Bhairab Data Systems Ltd., a company incorporated in Bangladesh with its registered office at Rail Road, Jessore, Bangladesh ("Provider").

BACKGROUND
The Provider collects and publishes daily prices, export volumes, crop estimates and shipping rates for raw jute, jute yarn, kenaf and other natural fibres from South Asian markets. The Customer wishes to receive these data through the Provider's application programming interface (API) for its purchasing and risk systems.

1. DEFINITIONS
1.1 "Data" means the market data delivered by the Provider through the API and the web dashboard, including historical series back to 2010.
1.2 "Customer Systems" means the Customer's purchasing, pricing and risk management systems that consume the Data.
1.3 "Customer Information" means the Customer's account details, query logs, watch lists, portfolio positions and any other information the Customer submits to the Provider.
1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period between anniversaries.
1.5 "Start Date" means the date of the Customer's written Integration Acceptance under clause 4.
1.6 "Connectors" means the adapters, mappings and scripts that the Provider develops specifically to load the Data into the Customer Systems.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to receive the Data through the API and dashboard and to use it internally in the Customer Systems and in reports for the Customer's management, banks and insurers.
2.2 The Customer may not resell the Data or publish it as a data product. Charts and summaries in the Customer's internal reports are permitted.
2.3 The subscription covers up to 40 named dashboard users and up to 1,500,000 API calls in each Subscription Year. Calls above that volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3. TERM AND RENEWAL
3.1 The initial Subscription Term is two Subscription Years from the Start Date.
3.2 At the end of the initial Subscription Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least ninety days before the end of the current term.
3.3 Each renewal Subscription Year is charged at the Provider's list price in force at the start of that renewal year, which the Provider may set at its discretion and will communicate by email at least ten days before the renewal date.

4. ONBOARDING AND INTEGRATION ACCEPTANCE
4.1 Within forty-five days after signature the Provider shall provide API credentials, a test environment, the Connectors and integration support, and shall load the historical series into the Customer's data warehouse.
4.2 Integration Acceptance criteria: (a) all data series listed in Annex A are delivered through the API with the documented fields; (b) historical series reconcile with the Provider's published reference files; (c) the Connectors load each daily update into the Customer Systems by 09:00 Beijing time on ten consecutive business days; and (d) no Priority 1 fault is open. The Customer shall confirm acceptance in writing within five business days after the criteria are met, or state the failures.
4.3 If the criteria are not met, the Provider shall correct the failures and the tests shall be repeated.
4.4 The Provider shall train up to twelve of the Customer's analysts and IT staff in the use of the API, the dashboard and the Connectors, in two online sessions with Chinese interpretation, and shall provide an integration guide and a data dictionary in English and Chinese.

5. FEES AND PAYMENT
5.1 The fees are:
   Subscription Fee, Subscription Year 1: CNY 264,000
   Subscription Fee, Subscription Year 2: CNY 264,000
   Onboarding and Connector development (one-time): CNY 36,000
   Total Fees for the initial Subscription Term: CNY 564,000
5.2 The one-time fee is invoiced after Integration Acceptance. Each Subscription Fee is invoiced at the start of the relevant Subscription Year. Invoices are payable within thirty days.
5.3 Fees include all taxes payable in Bangladesh. The Customer shall pay the fees in CNY to the Provider's account, and the Provider shall issue invoices that allow the Customer to make the required tax filings in China.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five business days in advance and carried out between 00:00 and 04:00 Beijing time on Sundays.
6.2 Priority 1 (API unavailable, or the daily update not delivered by 09:00 Beijing time): response within 30 minutes, around the clock; restoration within three hours. Priority 2 (a data series missing or delayed, or the dashboard unavailable): response within two hours during business hours; correction by the next business day. Priority 3 (questions and minor errors): response within one business day.
6.3 Data corrections: the Provider shall correct any error in the Data notified by the Customer or found by the Provider within one business day and flag the corrected values in the API.
6.4 Service credits: for each 0.1 percentage point of monthly availability below 99.95%, 2% of the monthly equivalent of the Subscription Fee; for each late Priority 1 response or restoration, 1% of that monthly equivalent. Credits are limited to 25% of the monthly equivalent per month and are deducted from the next invoice.

7. CUSTOMER INFORMATION AND SECURITY
7.1 Customer Information belongs to the Customer. The Provider shall use it only to provide the Data and support to the Customer and shall not analyse, combine, sell or disclose it for any other purpose.
7.2 The Provider shall protect Customer Information with encryption in transit and at rest, access limited to named support staff with multi-factor authentication, and access logs retained for at least six months. The Connectors run inside the Customer's network and send no Customer Information to the Provider.
7.3 The Provider shall notify the Customer within twenty-four hours of any security incident affecting Customer Information, take remedial steps and bear the losses caused by incidents attributable to it.

8. INTELLECTUAL PROPERTY
8.1 The Provider owns the Data and its databases. The Customer's rights in the Data are those in clause 2.
8.2 The Connectors, including their source code, belong to the Customer, which may use, modify and license them freely.
8.3 The Provider warrants that it has the right to supply the Data and shall indemnify the Customer against third-party claims that the Customer's permitted use infringes their rights.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's positions and watch lists and the Provider's methods and prices, and shall use it only for this Agreement. This duty survives termination for three years.

10. LIABILITY
10.1 Each party shall be liable to the other for losses caused by its breach of this Agreement in accordance with applicable law.
10.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of clauses 7 and 9, infringement and wilful misconduct.
10.3 The Provider does not guarantee that the Data is complete or suitable for any particular trading decision, but shall collect and verify it with the care described in its published methodology.

11. SUBCONTRACTING AND ASSIGNMENT
11.1 The Provider shall not subcontract the delivery of the Data or the support services without the Customer's prior written consent. The Customer consents to the Provider's use of the cloud hosting provider named in Annex B.
11.2 Neither party may assign this Agreement without the written consent of the other.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
12.2 The Customer may also terminate by written notice if the API availability is below the level in clause 6.1 in two consecutive months.
12.3 On termination by the Customer under this clause the Provider shall refund the unused part of any Subscription Fee paid. The Customer may keep Data received before termination for internal records.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

14. GENERAL
14.1 Annex A (Data Series and Fields) and Annex B (Hosting) form part of this Agreement.
14.2 Notices are given in writing to the addresses above or by email to the named account managers.
14.3 Amendments must be in writing and signed by both parties.
14.4 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
14.5 This Agreement is made in English in two originals.

SIGNED for the Customer: ____________________
SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
NAMES = {
    "z01": ("h735z01_radio_spectrum_monitoring_platform", "pdf", "zh"),
    "z02": ("h735z02_aluminium_cookware_line_control_retrofit", "docx", "zh"),
    "z03": ("h735z03_photo_studio_chain_booking_saas", "txt", "zh"),
    "z04": ("h735z04_tumour_biobank_system_om_service", "txt", "zh"),
    "z05": ("h735z05_wooden_fish_carving_tracking_supplier_template", "md", "zh"),
    "e01": ("h735e01_hydro_maintenance_software_licence_nepal_vendor", "pdf", "en"),
    "e02": ("h735e02_retail_lms_saas_order_form_bangladesh_vendor", "md", "en"),
    "e03": ("h735e03_cold_chain_sensors_monitoring_licence", "docx", "en"),
    "e04": ("h735e04_textile_group_managed_it_services", "md", "en"),
    "e05": ("h735e05_fibre_market_data_api_subscription", "txt", "en"),
}
T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# values in TERM_KEYS order; extra: sla_clause, ld_stated, [post_warranty_fee_capped], deemed, contract_value
D = {
    "z01": dict(cat="software", terms=[99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC",
                                       "goods_or_licence"], extra=[T, T, T, F, 1968000], base=1260000, forum_out=F,
                rules=[]),
    "z02": dict(cat="hardware", terms=[N, 1, T, "buyer", T, T, T, 0.06, 50, 20, T, T, 24, 8, F, T, T, "PRC",
                                       "goods_or_licence"], extra=[T, T, T, F, 1740000], base=1396000, forum_out=F,
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": dict(cat="cloud", terms=[99.5, 0.5, T, "buyer", T, F, T, 0.08, N, N, T, N, N, N, T, T, F, "PRC", "service"],
                extra=[T, T, F, 644000], forum_out=F,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(cat="services", terms=[99.95, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC",
                                       "service"], extra=[T, T, F, 438000], forum_out=F,
                rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(cat="software", terms=[N, 8, F, "supplier", T, T, T, 0.02, N, 55, F, F, 6, 28, F, T, N, "PRC",
                                       "goods_or_licence"], extra=[T, T, T, T, 1380000], base=960000, forum_out=F,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(cat="software", terms=[N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 10, F, T, F, "Nepal",
                                       "goods_or_licence"], extra=[T, T, T, F, 1610000], base=1120000, forum_out=T,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", terms=[N, N, F, "buyer", T, T, T, 500 / 704000 * 100, 200, N, T, N, N, N, F, T, T, "PRC",
                                    "service"], extra=[F, T, F, 704000], forum_out=F,
                rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": dict(cat="hardware", terms=[99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC",
                                       "goods_or_licence"], extra=[T, T, T, F, 1391000], base=1188800, forum_out=F,
                rules=[]),
    "e04": dict(cat="services", terms=[99.95, 0.25, T, "buyer", F, T, T, 1200 / 1732000 * 100, 6 / 36 * 100, N, T, N,
                                       N, N, F, T, F, "PRC", "service"], extra=[T, T, F, 1732000], forum_out=F,
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": dict(cat="cloud", terms=[99.95, 0.5, T, "buyer", T, T, T, N, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
                extra=[T, F, F, 564000], forum_out=F, rules=["CR-AUTO-RENEWAL", "CR-LD-MISSING"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "high", "e05": "high"}


def label(key):
    d = D[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    goods = terms["contract_kind"] == "goods_or_licence"
    ex = list(d["extra"])
    extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if goods:
        extra["post_warranty_fee_capped"] = ex[2]
    extra["acceptance_deemed_on_delivery"] = ex[-2]
    extra["contract_value"] = ex[-1]
    name, kind, lang = NAMES[key]
    return {"file": name + "." + kind, "language": lang, "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco_share(key):
    d = D[key]
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["extra"][-1] + fees) * 100


def derive(key):
    """My reading of policy section 3 applied to a label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
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
    if (t["governing_law"] not in (None, "PRC")) or D[key]["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if goods and share is not None and x["post_warranty_fee_capped"] and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---------------------------------------------------------------- threshold figures in text
NUM = r"(?<![\d.])"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESH = [
    NUM + r"99\.90*(?!\d)" + PCT + "?", r"百分之九十九点九(?![零一二三四五六七八九])",
    NUM + r"0?\.050*(?!\d)" + PCT, r"万分之五(?![零一二三四五六七八九十点])",
    NUM + r"100(?:\.0+)?(?![\d.])" + PCT, r"百分之一?百(?![零一二三四五六七八九十点])",
    NUM + r"30(?:\.0+)?(?![\d.])" + PCT, r"百分之三十(?![零一二三四五六七八九点])",
    NUM + r"15(?:\.0+)?(?![\d.])" + PCT, r"百分之十五(?![零一二三四五六七八九点])",
    NUM + r"40(?:\.0+)?(?![\d.])" + PCT, r"百分之四十(?![零一二三四五六七八九点])",
    NUM + r"4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时)", r"(?<![十二三四五六七八九])四(?:个)?小时", r"(?<![-\w])four[\s-]*hours?\b",
    NUM + r"12\s*-?\s*(?:个月|months?\b)", r"十二个月", r"\btwelve[\s-]*(?:calendar\s*)?months?\b", r"一年",
    r"\bone[\s-]*years?\b", NUM + r"1\s*-?\s*years?\b",
    NUM + r"5\s*-?\s*(?:年|years?\b)", r"(?<![十])五年", r"\bfive[\s-]*years?\b", NUM + r"60\s*-?\s*(?:个月|months?\b)",
    r"六十个月", r"\bsixty[\s-]*months?\b",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "0.05%", ".05%", "万分之五", "100%", "100 percent", "百分之百", "30%", "30 per cent",
            "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "4小时", "4 hours", "4-hour", "四小时", "four hours",
            "12个月", "12 months", "12-month", "十二个月", "twelve months", "twelve calendar months", "质保一年", "one year",
            "1 year", "5年", "5 years", "五年", "five years", "60个月", "60 months", "sixty months"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "万分之八", "万分之三", "150%", "200%", "20%", "35%", "45%", "55%", "10%", "8%",
             "28%", "百分之十", "百分之五十", "24小时", "24 hours", "14 hours", "二十四个月", "24 months", "36 months",
             "2025年", "十五个工作日", "三十日", "thirty days", "first year", "每年", "2 hours", "1,500,000", "115%",
             "0.5%", "130%", "1.4 hours", "2015年", "十四小时", "twenty-four hours"]


def text_of(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESH_RE.search(s), "regex misses " + s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), "regex hits " + s
    built = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0] + "." + v[1], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, kind, lang) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / (name + "." + kind)).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name + "." + kind)
    covered = set()
    for k, (name, kind, lang) in NAMES.items():
        text = text_of(OUT / (name + "." + kind))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        lab = label(k)
        t = lab["expected_terms"]
        checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                  ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                  ("post_warranty_fee_pct", 15)]
        for key, thr in checks:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        share = tco_share(k)
        assert share is None or abs(share - 40) > 2, (k, share)
        rules = derive(k)
        assert rules == sorted(D[k]["rules"]), (k, rules, D[k]["rules"])
        sev = {SEV.get(r, "medium") for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        covered |= set(rules)
        (OUT / (name + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-58s %5d %s %s tco=%s" % (k, name + "." + kind, n, risk, ",".join(r[3:] for r in rules) or "-",
                                            None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in NAMES if not D[k]["rules"]]
    assert sorted(mix) == ["e03", "z01"], mix
    assert D["e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(D["z05"]["rules"]) <= 10
    assert all(2 <= len(D[k]["rules"]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    # sums
    assert 1260000 + 586000 + 94000 + 28000 == 1968000 and 393600 + 885600 + 688800 == 1968000
    assert 486000 + 312000 + 268000 + 94000 + 236000 == 1396000 and 1396000 + 148000 + 172000 + 24000 == 1740000
    assert 348000 + 609000 + 783000 == 1740000 and round(1396000 * 0.08) == 111680
    assert 60 * 4200 == 252000 and 2 * (252000 + 36000) + 68000 == 644000 and 4 * 72000 == 288000
    assert 4 * 109500 == 438000
    assert 960000 + 318000 + 86000 + 16000 == 1380000 and 759000 + 621000 == 1380000 and 960000 * 28 // 100 == 268800
    assert 1120000 + 364000 + 92000 + 34000 == 1610000 and 322000 + 724500 + 563500 == 1610000
    assert 2 * 318000 + 46000 + 22000 == 704000
    assert 579600 + 223200 + 386000 == 1188800 and 1188800 + 118400 + 64000 + 19800 == 1391000
    assert 139100 + 765050 + 486850 == 1391000 and round(1188800 * 0.07) == 83216
    assert 58000 + 36 * 46500 == 1732000 and 2 * 264000 + 36000 == 564000
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
