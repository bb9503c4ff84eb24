"""holdout188: sources of the ten ORDINARY draft contracts of this blind held-out set.

Run with /work/main/.venv/bin/python. The .md and .txt drafts are written as they are; the two .docx and the two .pdf
are built with ../word_pdf.py (markup T:/H:/P:/LN:/TB:, real Word tables, PDFs broken at word boundaries).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h188z01 (.docx): 市民政局（地名办）地名地址信息系统建设项目，政府采购 公开招标，采购人合同文本。第X条 + 1.1。
H188Z01 = """T:青屿市地名地址信息系统建设项目政府采购合同
P:合同编号：QYMZ-DM-2025-019
P:采购人（甲方）：青屿市民政局（青屿市地名办公室）
P:供应商（乙方）：南京经纬地名信息科技有限公司
P:采购方式：公开招标（招标编号：QYZC-2025-GK-0137）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就青屿市地名地址信息系统建设项目（以下简称"本项目"）经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、存量地名地址数据治理与入库、定制开发、系统集成、部署调试、培训以及质保期内的技术服务，建成覆盖全市的标准地名地址库及其管理与共享服务系统。
P:1.2 主要建设内容：（1）地名地址数据库管理系统，实现地名、门（楼）牌、地名标志的采集、审核、变更、注销和历史追溯；（2）标准地址编码与匹配引擎，对各部门提交的非标准地址进行清洗与匹配；（3）地名命名更名审批和门牌编制业务流程；（4）面向政务部门的地址共享接口及面向公众的地名查询服务；（5）对全市约86万条存量地名地址数据进行清洗、标准化和入库。
P:1.3 本项目部署于青屿市电子政务外网云平台，服务器与存储设备安装于市政务数据中心指定机柜。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾玖万捌仟元整（¥2,498,000.00），为固定总价，含税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|地名地址数据库管理系统软件许可（永久）|1套|468,000|468,000
TB:2|标准地址编码与匹配引擎软件许可（永久）|1套|326,000|326,000
TB:3|数据库服务器|2台|118,500|237,000
TB:4|应用服务器|3台|64,800|194,400
TB:5|分布式存储|1套|173,600|173,600
TB:6|存量地名地址数据治理与入库|1项|412,000|412,000
TB:7|定制开发（审批流程、门牌编制、共享接口、公众查询）|1项|538,000|538,000
TB:8|系统集成、部署调试及培训|1项|149,000|149,000
TB:|合计|||2,498,000
P:2.2 上表第1至5项合称"软硬件小计"，金额为人民币1,399,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的25%作为预付款，计人民币624,500元。
P:3.2 系统初验合格后10个工作日内，甲方支付合同总价的50%，计人民币1,249,000元。
P:3.3 系统终验合格后10个工作日内，甲方支付合同总价的25%，计人民币624,500元。
P:3.4 乙方每次收款前应向甲方开具合法有效的等额发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后30日内完成设备到货，90日内完成存量数据治理入库与定制开发，120日内具备初验条件。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后执行。
P:4.3 设备到货后双方共同开箱清点，签署到货签收单。到货签收仅确认品牌、型号、数量与外观，不代表质量验收。
H:第五条 验收
P:5.1 初验标准：（1）软硬件品牌、型号、配置与投标文件一致；（2）抽取不少于3,000条入库数据人工核查，标准化差错率不超过0.5%；（3）标准地址匹配引擎对甲方提供的2万条测试地址的匹配准确率不低于95%；（4）各项功能按需求规格说明书逐项测试通过；（5）系统在500个并发用户下页面平均响应时间不超过2秒；（6）通过第三方机构的安全测评，无高危漏洞。
P:5.2 初验合格后系统进入为期三个月的试运行期。试运行期内未发生一级故障、各项功能稳定运行，且乙方已完成全部培训和文档、源代码移交的，甲方组织终验并出具终验报告。
P:5.3 系统上线、试运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软件升级、缺陷修复、设备保修和备件更换。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的8%（即每年不超过人民币111,920元），且在质保期满后两年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 系统月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级及响应：一级故障（系统整体不可用或共享接口中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）2小时内响应，1个工作日内解决；三级故障（咨询及一般问题）1个工作日内答复。
P:7.3 乙方未达到上述响应、到场或恢复时限的，每超时1小时向甲方支付违约金1,000元；月可用率每低于约定值0.01个百分点，向甲方支付违约金2,000元。甲方可从应付款或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件（含源代码）、接口程序、数据处理脚本、技术文档及数据入库成果，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在终验前移交全部源代码及文档。
P:8.2 乙方原有软件产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 本项目涉及的全部地名地址数据、门牌数据、业务数据及系统日志均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第二级要求落实安全措施。实施人员须经甲方审查并签署保密承诺书，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或丢失等安全事件时，乙方应立即采取处置措施，并在2小时内书面报告甲方；因乙方原因造成安全事件的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同履行完毕时，乙方应返还并删除其掌握的甲方数据。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期具备初验条件或逾期完成终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。非主体、非关键性工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失：（1）严重违约，经甲方书面催告后15日内仍未纠正；（2）逾期超过30日；（3）因乙方原因发生严重数据安全事件。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），终验合格后无息退还。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章后生效。
P:甲方（盖章）：青屿市民政局　　　　乙方（盖章）：南京经纬地名信息科技有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:日期：2025年　月　日　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h188z02 (.txt): 玻璃钢管道厂 缠绕张力控制系统 供货 + 质保期满后维护。一、/（一）/1.
H188Z02 = """缠绕张力控制系统采购及维护合同

合同编号：HS-CG-2025-0412
买方（甲方）：枣强县华砂玻璃钢管道有限公司
卖方（乙方）：常州拓维张力控制技术有限公司
签订地点：河北省衡水市枣强县

甲方为提高玻璃钢夹砂管道缠绕生产线的纤维张力控制精度、降低断纱和壁厚偏差，向乙方采购缠绕张力控制系统及质保期满后的维护服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

一、供货范围与价格
（一）乙方为甲方3条缠绕生产线（DN300—DN1200一条、DN1400—DN3000两条）供货、安装、调试缠绕张力控制系统，替换原有的机械磁粉张力装置，并与原有缠绕机主控系统完成联锁。
（二）分项价格（人民币，含13%增值税）：
1. 伺服张力控制单元：6套 × 86,500元 = 519,000元；
2. 张力传感器（含信号放大器）：24只 × 7,850元 = 188,400元；
3. 伺服电机及驱动器：6套 × 42,300元 = 253,800元；
4. PLC及触摸屏（HMI）：2套 × 58,600元 = 117,200元；
5. 张力控制及工艺配方软件许可（永久，限3条生产线）：1套，96,000元；
以上第1至5项合称"设备及软件小计"，计1,174,400元。
6. 安装调试：74,600元；
7. 操作及维修培训：18,000元。
合同总价：人民币1,267,000元（大写：壹佰贰拾陆万柒仟元整）。
（三）合同总价为固定价，包括设备、软件、包装、运输、保险、安装调试、培训及质保期内服务的全部费用。

二、交货与安装
（一）乙方应在合同生效后45日内将全部设备运至甲方厂区指定地点，并在到货后20日内完成安装调试。安装调试须安排在甲方停线检修窗口内进行，每条生产线停线时间不超过5日。
（二）到货时双方共同开箱检验，核对型号、数量、外观及随机文件，签署到货清点单。到货清点不构成质量验收。
（三）乙方应根据甲方提供的管道规格、纤维型号和树脂体系，编制每条生产线的张力曲线与工艺配方，并在调试中逐一验证。

三、付款方式
（一）合同生效后7个工作日内，甲方支付合同总价的20%，计253,400元，作为预付款。
（二）全部设备到货并经双方清点后，甲方支付合同总价的50%，计633,500元。
（三）验收合格后15个工作日内，甲方支付合同总价的25%，计316,750元。
（四）余款为合同总价的5%，计63,350元，作为质量保证金，在质保期满且无未决质量问题后15日内支付。
（五）乙方每次收款前应开具等额增值税专用发票。

四、验收
（一）安装调试完成后，乙方书面提出验收申请，甲方在7日内组织验收。
（二）验收标准：
1. 设备型号、数量、配置符合本合同及附件《技术协议》；
2. 在额定线速度下，单束纤维张力波动不超过设定值的±1.5%，张力设定值切换的稳定时间不超过0.8秒；
3. 三条生产线分别以DN600、DN1600、DN2400三种规格连续缠绕生产不少于72小时，未发生因张力控制系统原因导致的断纱或停机；
4. 试生产管道经甲方质检部门按GB/T 21238检验，环刚度及壁厚均匀性合格；
5. 操作及维修培训已完成，技术资料、电气图纸及配方参数文件移交齐全。
（三）验收合格的，双方签署验收报告。安装完成、试生产或甲方开始使用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，费用由乙方承担。

五、质量保证
（一）质保期为二十四个月，自双方签署验收报告之日起计算。
（二）质保期内，因设备或软件本身质量问题发生的故障，乙方免费维修或更换，包括零部件、人工及差旅费用。
（三）乙方保证所供设备为全新、原厂正品，软件为合法授权版本，并提供原厂合格证明。

六、故障响应
（一）故障等级：一级故障指张力控制系统故障导致任一条生产线停机；二级故障指系统部分功能失效，但生产线仍可降速运行；三级故障指其他一般问题。
（二）一级故障，乙方应在接到甲方通知后6小时内响应并开始远程诊断，48小时内派工程师到达现场；二级故障8小时内响应，3日内到场处理；三级故障2个工作日内答复。
（三）乙方未按上述时限响应或到场的，每延误1小时，向甲方支付违约金500元，甲方可从质量保证金或维护费中扣除。

七、质保期满后的维护服务
（一）质保期满后，乙方继续为甲方提供维护服务，内容包括：每季度一次现场巡检、张力传感器年度标定、软件升级、故障维修（需更换的主要部件按成本价另计）以及本合同第六条约定的故障响应。
（二）年度维护费为设备及软件小计的17.5%，即每年205,520元，在质保期满后的前三年保持不变，于每个服务年度结束后支付。
（三）维护服务按服务年度由双方签署确认单。甲方提前30日书面通知不再续用的，维护服务于当期服务年度结束时终止。

八、知识产权
（一）乙方为甲方编制的张力曲线、工艺配方参数、PLC定制程序及相关技术文件，知识产权归甲方所有，甲方可自行修改、使用，并可用于甲方其他生产线。
（二）张力控制软件的著作权仍属乙方，乙方授予甲方在本厂区内永久使用该软件的许可。

九、数据安全
（一）系统运行中产生的生产数据、工艺参数和质量记录属于甲方所有，乙方仅可为履行本合同使用，不得复制带离或向任何第三方提供。
（二）乙方远程维护须事先取得甲方设备部门书面批准，由甲方开通临时账号，维护结束后即行关闭；乙方应采取必要的技术措施，防止病毒、恶意代码进入甲方工控网络。
（三）因乙方原因造成甲方数据泄露、丢失或工控网络安全事件的，乙方应在发现后2小时内通知甲方，配合处置，并赔偿甲方全部损失。

十、保密
双方对在合作中知悉的对方商业秘密、工艺配方和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后五年。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
（二）乙方逾期超过30日的，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（四）乙方在本合同项下的全部赔偿责任（含违约金）累计以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。

十二、分包
乙方不得将本合同项下的安装调试工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
（二）因不可抗力致使合同无法履行的，双方可协商解除合同。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交衡水仲裁委员会仲裁。

十五、其他
（一）本合同附件《技术协议》《设备清单》与本合同具有同等效力。
（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：枣强县华砂玻璃钢管道有限公司
法定代表人或授权代表：
日期：　　年　　月　　日

乙方（盖章）：常州拓维张力控制技术有限公司
法定代表人或授权代表：
日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h188z03 (.md): 洗车连锁 会员与工单 SaaS，三年 + 实施。Markdown headings "## 1." + 1.1.
H188Z03 = """# 澄亮洗车连锁会员与工单管理SaaS服务合同

**合同编号**：CL-IT-2025-031

**甲方（客户）**：成都澄亮汽车服务连锁有限公司

**乙方（服务商）**：杭州车享云科技有限公司

甲方经营46家直营洗车美容门店，拟将原有单店收银软件统一替换为云端会员与工单管理平台。乙方同意通过其"车享云"SaaS平台向甲方提供服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过"车享云"平台向甲方提供会员管理与工单管理服务，包括：会员注册与储值、次卡及套餐、积分与优惠券、微信小程序预约与支付、门店工单（接车、施工、质检、交车）、技师提成、耗材库存、经营报表等模块。

1.2 服务范围覆盖甲方现有46家直营门店及总部管理中心。合同期内新增门店按本合同单价另行签署补充订单。

1.3 乙方提供一次性实施服务：旧系统会员档案及储值余额迁移、小程序页面配置、门店设备（收银一体机、扫码枪、小票打印机）联调、与甲方财务系统的数据接口开发，以及门店店长、收银员和技师的培训。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自上线验收通过之日起计算。

2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

2.3 续期年度的订阅费由乙方根据其当年标准价目表确定，并于续期前以平台公告或电子邮件方式通知甲方。

## 3. 费用

3.1 本合同费用如下（人民币，含增值税）：

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 门店订阅费 | 46家 × 3,600元/店/年 | 165,600 | 496,800 |
| 总部管理模块 | 38,400元/年 | 38,400 | 115,200 |
| 实施服务费 | 一次性 | — | 86,000 |
| **合同总价** | | | **698,000** |

3.2 营销短信按甲方实际发送量另行结算，不计入合同总价。

## 4. 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算：乙方于每个服务季度结束后开具发票，甲方在收到发票后15个工作日内支付当季订阅费51,000元。

4.3 实施服务费在上线验收通过后15个工作日内一次性支付。

## 5. 实施与上线验收

5.1 乙方应在合同签订后40日内完成全部实施工作并具备上线验收条件。

5.2 上线验收标准：

- 旧系统会员档案（约8.6万条）及储值余额、次卡剩余次数逐条迁移，随机抽取500个会员账户核对，金额与次数均与旧系统一致；
- 46家门店均完成开单、收款、核销、交车全流程现场演示；
- 小程序预约、支付、退款、评价功能测试通过；
- 经营日报与技师提成报表与甲方手工核算结果一致；
- 财务系统接口连续5日对账无差异；
- 全部门店完成培训并通过操作考核。

5.3 甲方在收到乙方书面验收申请后5个工作日内组织验收，验收合格的签署上线验收单。门店开始使用平台不视为验收合格。

5.4 乙方未能在约定期限内具备上线验收条件的，每逾期一日向甲方支付违约金500元。

5.5 乙方应指派一名项目经理在成都现场负责实施，门店切换分批进行，每批不超过8家门店，并应避开周末营业高峰；切换当日乙方应安排人员到店支持。

## 6. 服务水平

6.1 平台月可用率不低于99.5%。每月计划维护累计不超过3小时，须安排在凌晨1:00至5:00之间并提前2日通知甲方。

6.2 故障响应：

| 等级 | 定义 | 响应时限 | 恢复时限 |
|---|---|---|---|
| P1 | 平台整体不可用，或收款、核销功能中断 | 30分钟 | 3小时 |
| P2 | 部分门店或单一模块不可用 | 1小时 | 8小时 |
| P3 | 一般咨询及非紧急问题 | 1个工作日 | 5个工作日 |

6.3 服务补偿：月可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣；P1故障未在约定时限内恢复的，每次另抵扣当月订阅费的2%。抵扣金额在下一季度账单中扣减。

## 7. 客户数据

7.1 甲方在平台中录入或产生的会员信息、消费记录、工单及经营数据（以下称"客户数据"）归甲方所有。

7.2 乙方有权对客户数据进行脱敏和汇总处理后，将其用于汽车后市场洗车消费分析报告、平台算法优化及产品改进，该等使用在本合同终止后仍可继续。

7.3 平台通过网络安全等级保护三级测评，客户数据存储于中国境内的云服务器，传输和存储均加密；乙方员工访问客户数据须经授权并留存操作日志。会员个人信息的处理应符合《中华人民共和国个人信息保护法》。

7.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。

7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部客户数据交付甲方，并在交付后删除平台中的客户数据（7.2所述汇总数据除外）。

## 8. 知识产权

8.1 平台软件及其升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序页面、门店专属报表模板及与甲方财务系统的数据接口程序，知识产权归甲方所有。乙方应交付源代码，甲方可自行或委托他人修改和使用。

## 9. 双方义务

9.1 甲方应指定项目联系人，按时提供旧系统数据、门店清单和设备清单，并组织门店员工参加培训。

9.2 甲方应妥善保管平台管理员账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。

9.3 乙方应为甲方配备专属客户成功经理，每季度提交服务报告（包括可用率、故障统计及处理情况、系统使用情况），并与甲方召开一次服务回顾会议。

9.4 乙方对平台功能的重大变更应提前30日通知甲方，且不得降低本合同约定的功能范围和服务水平。

## 10. 保密

双方对在合作中获知的对方商业信息、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。

## 11. 违约与责任限制

11.1 乙方在本合同项下的累计赔偿责任以本合同总价的150%为限；因数据安全事件或侵犯知识产权给甲方造成的损失不受此限。

11.2 任何一方均不对对方的间接损失承担责任。

## 12. 分包

乙方不得将本合同项下的实施服务分包。平台所依托的云基础设施服务商视为经甲方认可；其他分包须事先取得甲方书面同意。

## 13. 合同解除

13.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。

13.2 平台连续两个月可用率低于99%的，甲方有权解除合同而无需承担违约责任，乙方应配合完成数据导出。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

## 15. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都澄亮汽车服务连锁有限公司　　　日期：

乙方（盖章）：杭州车享云科技有限公司　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h188z04 (.pdf): 县水务局 农村供水信息化平台 年度运维，政府采购 竞争性磋商。第X条 + （一）。
H188Z04 = """T:岚山县农村供水信息化平台2025—2026年度运行维护服务合同
P:项目编号：LSCG-2025-CS-0088（竞争性磋商）
P:采购人（甲方）：岚山县水务局
P:供应商（乙方）：山东清源水务信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就岚山县农村供水信息化平台运行维护服务事宜，经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。
H:第一条 服务对象与范围
P:（一）服务对象：岚山县农村供水信息化平台，包括县级调度中心平台软件（水厂监控、管网监测、水质在线监测、用水户收费及报修模块）、部署于县政务云的服务器资源、22座集中供水水厂及加压泵站的自动化控制终端、136个管网压力、流量及水质监测点及其通信设备。
P:（二）服务内容：平台软件日常运行维护、缺陷修复与小型功能调整；监测点巡检、清洁、校准和故障处理；通信链路监测；数据质量核查与月度运维报告；网络安全运维及等级保护测评配合；汛期、冰冻期及突发供水事件的应急保障。
P:（三）服务期：一年，自2025年7月1日起至2026年6月30日止。
H:第二条 服务费用
P:（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，含人工、交通、工具、备品备件包干、税费等全部费用。分项如下：平台软件运维（驻场2人）264,000元；监测点巡检维护（136个×1,200元）163,200元；备品备件包干78,800元；网络与安全运维52,000元；应急保障28,000元。
P:（二）备品备件包干范围内的传感器、通信模块及电源配件的更换费用由乙方承担；单件价值超过3,000元的主要设备需要更换的，由乙方提出方案报甲方审批后另行采购。
H:第三条 付款方式
P:（一）本合同不设预付款。服务费按季度支付：每季度服务结束并经甲方季度考核后15个工作日内，甲方按考核结果支付当季服务费146,500元，考核扣款从当季服务费中扣除。
P:（二）乙方应在每次付款前向甲方开具等额发票。甲方以财政资金支付。
H:第四条 服务人员与双方配合
P:（一）乙方派驻2名专职运维工程师在县调度中心驻场，工作日8:30至17:30在岗，节假日及夜间安排电话值守。驻场人员应具备相应专业资格，如需更换须提前15日经甲方书面同意。
P:（二）乙方应组建不少于5人的巡检队伍，配备巡检车辆和校准仪器，负责各乡镇水厂及监测点的现场工作。
P:（三）驻场人员负责每日平台巡检、数据质量核查和用户问题受理，形成运维日志，并于每月5日前提交上月运维报告，报告应包括故障统计、巡检校准完成情况、数据缺测情况及整改建议。
P:（四）甲方负责提供驻场办公场所、网络接入和堡垒机账号，协调各乡镇水厂管理人员配合巡检，并对乙方提出的整改建议及时答复。
H:第五条 服务水平
P:（一）平台月可用率不低于99.95%。计划内维护须提前2个工作日报甲方同意。
P:（二）故障分级：一级故障指调度中心平台中断、任一水厂监控数据中断或水质超标告警功能失效；二级故障指单个监测点数据中断或部分功能异常；三级故障指一般性问题。
P:（三）响应时限：一级故障1小时内响应，2小时内到达现场（偏远乡镇水厂3小时内），8小时内恢复；二级故障2小时内响应，1个工作日内修复；三级故障3个工作日内处理完毕。
P:（四）监测点每季度巡检一次、每半年校准一次；各监测点每月数据缺测累计不超过20小时。
P:（五）汛期（6月至9月）及冬季冰冻期乙方应实行全天值守，应急抢修人员接到通知后30分钟内集结出发，并储备必要的抢修物资。
P:（六）考核扣款：一级故障响应或到场每超时1小时扣款800元；未按计划完成巡检、校准的，每个监测点扣款200元；月可用率低于约定值的，扣除当季服务费的2%。
H:第六条 服务考核与验收
P:（一）甲方按季度对乙方服务进行考核，考核内容包括故障响应及修复时限达标情况、巡检校准完成情况、数据缺测情况、工作日志和月度报告的完整性。
P:（二）服务期满后，乙方提交年度运维总结报告、巡检校准记录、故障处理台账和系统配置文档，甲方组织年度验收。验收标准：全年未发生因乙方原因造成的供水安全事故；一级故障均按时限处置；巡检及校准按计划全部完成；各项文档移交齐全。验收合格后甲方出具书面验收意见。
P:（三）季度考核及付款不视为对年度服务的验收。
H:第七条 数据安全
P:（一）平台中的供水运行数据、水质数据、用水户信息及系统日志均归甲方所有，乙方只能为履行本合同使用，不得复制、对外提供或用于其他目的。
P:（二）乙方应遵守网络安全等级保护第二级的要求，运维操作一律通过甲方堡垒机进行，账号专人专用，不得私自开通远程访问通道；运维终端须安装防病毒软件并定期检查。
P:（三）发生网络攻击、数据泄露或篡改等安全事件的，乙方应立即处置，并在1小时内报告甲方；因乙方原因导致安全事件的，乙方承担全部法律责任和赔偿责任。
H:第八条 保密
P:乙方及其人员对在服务过程中知悉的供水设施布局、系统账号口令、用水户个人信息等非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在服务期满后继续有效。
H:第九条 知识产权
P:乙方在运维过程中形成的运维文档、巡检记录、脚本、报表及小型功能调整成果，知识产权归甲方所有，甲方可自由使用和修改。
H:第十条 分包
P:（一）乙方可将偏远乡镇监测点的现场巡检和设备清洁工作委托当地具备相应能力的服务单位实施，但应提前5个工作日书面告知甲方，并对其工作质量负责。
P:（二）平台软件运维及网络安全运维不得分包。
H:第十一条 违约责任
P:（一）乙方未按约定时间进场开展服务，或未按第五条计划完成季度巡检的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因造成供水中断或水质事件的，乙方应赔偿甲方因此遭受的损失。
P:（三）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 合同解除
P:（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务情况结算费用。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 服务期满
P:服务期满本合同自动终止，不自动续期。后续运维服务由甲方依法另行组织采购。乙方应在服务期满前15日内向甲方或新服务单位移交全部账号权限、配置文档、备品备件台账和未结故障清单，并在交接期内提供必要的技术支持，交接完成后注销乙方人员的全部账号。
H:第十四条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：岚山县水务局　　　乙方（盖章）：山东清源水务信息技术有限公司
P:代表签字：　　　　　　　　　　代表签字：
P:日期：　　年　　月　　日　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h188z05 (.md): 豆干生产企业 MES 软件许可 + 定制开发，乙方（供应商）自己的标准合同文本。"## 第X条" + X.Y.
H188Z05 = """# 禾丰智造MES软件许可及实施合同

（乙方标准合同文本 HF-MES-2024 V3.0）

合同编号：HF-2025-SC-118

甲方（用户）：宜宾市南溪区香里豆制品有限公司

乙方（许可方）：苏州禾丰智造软件有限公司

鉴于甲方拟建设豆干生产制造执行系统（MES），乙方同意按本合同约定向甲方许可使用"禾丰智造MES"软件，并提供定制开发及实施服务。双方经协商一致，约定如下：

## 第一条 许可与服务内容

1.1 乙方向甲方授予"禾丰智造MES食品版V5"标准软件的永久使用许可，限于甲方南溪工厂使用，并发用户数为50个。

1.2 定制开发：根据甲方豆干生产工艺，开发以下功能：泡豆、磨浆、煮浆、点卤、压制、卤制、烘烤、真空包装、杀菌各工序的工单下达与报工；卤水配方及老卤批次管理；压制成型机、卤煮锅、烘房温湿度数据采集；成品称重与自动贴标对接；原料大豆至成品的批次正向、反向追溯；与甲方用友U8系统的物料、工单及入库接口。

1.3 实施服务：软件部署安装、基础数据初始化、用户培训及上线支持。

1.4 标准软件包含的功能模块以附件一《产品功能清单》为准，定制开发的范围以双方确认的需求规格说明书为准。

## 第二条 合同价款

2.1 本合同价款如下（人民币，含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES食品版V5标准软件许可（永久，50并发用户） | 360,000 |
| 2 | 定制开发（工序报工、卤水管理、设备采集、称重贴标、批次追溯、U8接口） | 284,000 |
| 3 | 实施部署 | 58,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 718,000 |

2.2 服务器、工业平板、扫码枪、网络等硬件由甲方自行采购，不在本合同范围内。

2.3 乙方人员赴甲方现场实施期间的差旅费用已包含在实施部署费用中；免费维护期内应甲方要求的额外现场服务，差旅费用由甲方按实承担。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即359,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付剩余的50%，即359,000元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一支付违约金，乙方并有权暂停实施或服务。

## 第四条 项目实施

4.1 乙方在收到预付款后90日内完成软件部署和定制开发，并安排系统上线。因甲方原因（包括工艺资料提供不及时、设备接口不具备条件、人员未按计划参加培训等）造成的延误，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的3%。

4.3 甲方应指定项目负责人，提供工艺流程、物料编码、配方及设备通讯协议等资料，并保证现场具备实施条件。

4.4 乙方提交需求规格说明书后，甲方应在5个工作日内书面确认；逾期未确认的，视为甲方已确认。

4.5 需求规格说明书确认后，甲方提出的需求变更，乙方有权重新评估工作量并另行收费，工期相应顺延。

4.6 系统上线日期由乙方根据实施进度书面通知甲方，甲方应按通知安排各车间切换至系统运行。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可在免费维护期内提交乙方处理，但不影响验收结论及付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供问题解答及软件缺陷修复，必要时派员到现场。

6.3 紧急故障（系统无法登录或全厂报工中断）乙方在接到甲方通知后8小时内响应；一般故障在3个工作日内响应。

6.4 乙方将尽力排除故障，但对故障处理时间不作承诺，亦不因故障响应或处理超时承担任何扣款、赔偿或违约金。

6.5 下列情形不属于免费维护范围：甲方擅自修改系统配置或数据库；服务器、网络、工业设备等硬件故障；第三方软件问题；甲方新增的功能需求。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护服务协议，维护费按乙方届时公布的价格标准执行。

7.2 维护服务内容包括软件版本升级、远程技术支持和故障处理，不包括新增功能开发。

7.3 未签订维护服务协议的，乙方按次收取现场服务费及差旅费。

## 第八条 知识产权

8.1 本合同项下的标准软件及定制开发成果（包括工艺流程配置、报表、接口程序、源代码及相关文档）的知识产权均归乙方所有。

8.2 甲方仅获得在南溪工厂内使用上述成果的非独占、不可转让的许可，不得自行或委托第三方修改、反编译，亦不得向他人提供。

## 第九条 数据

9.1 甲方在系统中产生的生产数据归甲方所有。

9.2 甲方同意，乙方可将甲方生产数据进行脱敏处理后，用于食品行业工艺模型训练、产品改进和行业研究报告。

9.3 乙方对其接触的甲方数据采取访问控制、传输加密等安全措施，远程维护须事先经甲方同意；因乙方原因造成数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在本合同履行中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。甲方不得向第三方披露乙方软件的技术资料和报价。

## 第十一条 第三方服务

乙方有权根据项目需要，将部分开发、实施或现场服务工作委托其合作伙伴完成，无需另行取得甲方同意；乙方对合作伙伴的工作向甲方负责。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

12.3 因甲方提供的资料错误、操作不当或设备故障造成的损失，乙方不承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除合同。

13.2 合同解除的，乙方已完成工作部分的费用由甲方据实结算。

13.3 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方先行支付已完成工作的费用，并重新商定实施计划。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同未尽事宜，由双方另行协商解决。

15.2 乙方可在其宣传资料和客户案例中使用甲方的名称及本项目的概况。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：宜宾市南溪区香里豆制品有限公司　　　日期：

乙方（盖章）：苏州禾丰智造软件有限公司　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h188e01 (.docx): Jinjiang umbrella maker, pattern-cutting software perpetual licence + configuration + support;
# vendor on Neeltje Jans (Dutch house style: "The undersigned", "Article N", Dutch law, NAI arbitration).
H188E01 = """T:Licence and Services Agreement - CutLogic Pattern Suite
P:Agreement number: SCB-2025-0147
P:THE UNDERSIGNED:
P:1. Stormvloed CAD B.V., a private company with limited liability incorporated under the laws of the Netherlands, having its registered office at Faelweg 5, 4354 RB Vrouwenpolder (Neeltje Jans), the Netherlands, registered with the Chamber of Commerce under number 71846259, duly represented by Mr J. de Visser, managing director, hereinafter referred to as the "Supplier";
P:2. Jinjiang Haiyun Umbrella Co., Ltd., having its registered office at No. 18 Dongshi Industrial Zone, Jinjiang, Fujian Province, China, duly represented by Ms Chen Lihua, general manager, hereinafter referred to as the "Customer";
P:hereinafter jointly the "Parties".
P:WHEREAS:
P:(A) the Customer manufactures straight, folding and golf umbrellas and wishes to replace its manual pattern making and legacy cutting software;
P:(B) the Supplier develops CutLogic, a software suite for the design, grading and nesting of textile panels, and has offered to license and configure it for umbrella canopy production;
P:(C) at the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Article 1 Definitions
P:1.1 In this Agreement the following capitalised terms have the following meanings:
P:"Acceptance" means the written confirmation by the Customer that the Acceptance Tests under Article 6 have been passed;
P:"Customer Data" means all pattern files, style data, order data and production data of the Customer, whether provided by the Customer or generated with the Software;
P:"Deliverables" means all configuration results, panel templates, grading tables, nesting rules, migration scripts and documentation made specifically for the Customer;
P:"Software" means the standard CutLogic modules listed in Annex 1, in object code, including the updates made available under this Agreement;
P:1.2 The Annexes form part of this Agreement; in case of conflict the Articles prevail.
H:Article 2 Subject Matter
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software for the Customer's own business at its premises in Jinjiang, for the number of named users stated in Annex 1.
P:2.2 The Supplier shall build the umbrella canopy panel library, grading rules and cutter post-processors described in Annex 2 (the "Configuration Services"), migrate approximately 1,400 existing umbrella patterns from the Customer's legacy DXF and PLT files, and train the Customer's pattern makers and cutting-room operators.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 812,000 (eight hundred and twelve thousand Chinese yuan), itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|CutLogic Designer perpetual licence (named user)|6|58,000|348,000
TB:2|CutLogic Nest optimiser perpetual licence|2|74,500|149,000
TB:3|Cutter drivers for three automatic cutting tables|1 lot|42,000|42,000
TB:4|Configuration Services (canopy library, grading, post-processors)|1 lot|186,000|186,000
TB:5|Migration of legacy patterns|1 lot|63,000|63,000
TB:6|Training of pattern makers and operators|1 lot|24,000|24,000
TB:|Total|||812,000
P:3.2 Items 1 to 3 together are the "Licence Fee" of CNY 539,000. Items 4 to 6 together are the "Services Fee" of CNY 273,000.
P:3.3 The prices are fixed and include all taxes payable by the Supplier and all travel costs of its personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 20% of the total price (CNY 162,400) within 20 days after signing of this Agreement; (b) 45% of the total price (CNY 365,400) after installation of the Software and completion of the migration, as confirmed in a signed installation report; (c) the remaining 35% of the total price (CNY 284,200) within 20 days after Acceptance.
P:4.2 The installation report under paragraph 4.1(b) confirms completion of installation only and does not constitute Acceptance.
H:Article 5 Delivery and Timetable
P:5.1 The Supplier shall install the Software on the Customer's server and workstations within 30 days after signing, and shall make the system ready for the Acceptance Tests within 100 days after signing (the "Ready Date").
P:5.2 If the Supplier fails to meet the Ready Date for reasons attributable to it, the Supplier shall pay the Customer a penalty of 0.1% of the total price for each calendar day of delay, up to a maximum of 10% of the total price. The penalty does not affect the Customer's right to terminate under Article 14.
H:Article 6 Acceptance
P:6.1 The Parties shall carry out the Acceptance Tests together on the basis of the test protocol in Annex 4. The acceptance criteria are: (a) all migrated patterns open without error and reproduce the original panel dimensions within 0.5 mm; (b) canopy panels for 8-, 10- and 16-rib umbrellas are graded correctly for all sizes listed in Annex 2; (c) the nesting optimiser achieves a fabric utilisation at least three percentage points higher than the Customer's current average on ten reference orders; (d) the cutting files are accepted by all three cutting tables without manual correction; (e) ten consecutive production days pass without a Severity 1 error.
P:6.2 The Customer shall confirm Acceptance in writing within 10 working days after the tests have been passed, or state the defects, which the Supplier shall remedy before repeating the tests.
P:6.3 Use of the Software in production before Acceptance does not constitute Acceptance, and Acceptance is not deemed to have occurred by the mere lapse of time.
H:Article 7 Warranty
P:7.1 The Supplier warrants that during a period of three (3) months after Acceptance (the "Warranty Period") the Software and the Deliverables will substantially conform to the documentation and to Annex 2. The Supplier shall correct reproducible errors reported within the Warranty Period free of charge.
P:7.2 The warranty does not cover errors caused by modifications made by the Customer.
H:Article 8 Support and Service Levels
P:8.1 After the Warranty Period the Supplier shall provide Support for the Software and the Deliverables: updates, error correction and a remote help desk on working days from 08:00 to 18:00 China Standard Time.
P:8.2 The annual Support fee is 13% of the Licence Fee, i.e. CNY 70,070 per year, payable annually in arrears. The fee is fixed for the first three years of Support. Thereafter the fee may only be changed by written agreement, and by no more than 3% per year.
P:8.3 Support is ordered by the Customer for one year at a time by written purchase order and does not renew automatically. The Supplier shall offer Support for at least five years after Acceptance.
P:8.4 Severity levels apply during the Warranty Period and during Support. Severity 1 (the Software cannot be used for cutting, or cutting files are corrupted): response within 2 hours, also outside help-desk hours. Severity 2 (a function is impaired but cutting continues): response within one working day. Severity 3 (questions and cosmetic errors): response within three working days.
P:8.5 If the Supplier exceeds the Severity 1 response time, it shall pay or credit the Customer CNY 600 for each hour of delay.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain with the Supplier or its licensors.
P:9.2 All intellectual property rights in the Deliverables vest in the Customer upon creation. The Supplier hereby assigns any such rights to the Customer. The Customer may use, modify and license the Deliverables freely, also in combination with other software.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including product development or benchmarking.
P:10.2 Customer Data remains on the Customer's servers in Jinjiang. The Supplier shall access it only through the Customer's VPN with approval for each session, shall not copy it to its own systems, shall take appropriate security measures against loss and unauthorised access, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twelve (12) hours after discovery and is liable for the damage caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each Party shall keep confidential all non-public information of the other Party received in connection with this Agreement, including the Customer's designs and the Supplier's prices, and shall not disclose it to third parties without prior written consent, for five years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The total liability of the Supplier under or in connection with this Agreement is limited to an amount equal to the Licence Fee, being CNY 539,000. Penalties paid under paragraph 5.2 count towards this limit.
P:12.2 The limitation in paragraph 12.1 does not apply to damage caused by intent or deliberate recklessness of the Supplier's management, or to death or personal injury.
H:Article 13 Subcontracting
P:13.1 The Supplier may not engage subcontractors for the performance of this Agreement without the prior written consent of the Customer.
H:Article 14 Termination
P:14.1 Either Party may terminate this Agreement by written notice if the other Party fails to perform a material obligation and has not remedied the failure within 30 days after a written notice of default describing the failure.
P:14.2 The Customer may also terminate this Agreement if the penalty under paragraph 5.2 has reached its maximum.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Disputes shall be finally settled by arbitration under the Arbitration Rules of the Netherlands Arbitration Institute, by one arbitrator, with Rotterdam as the place of arbitration and English as the language.
H:Article 16 Final Provisions
P:16.1 General terms and conditions of either Party do not apply.
P:Annexes: 1 Licence schedule; 2 Configuration specification; 3 Project plan; 4 Acceptance test protocol.
P:Thus agreed and signed in duplicate.
P:Stormvloed CAD B.V., Vrouwenpolder, date: ____________    Name: J. de Visser, managing director
P:Jinjiang Haiyun Umbrella Co., Ltd., Jinjiang, date: ____________    Name: Chen Lihua, general manager
"""

# ---------------------------------------------------------------------------------------------------------------
# h188e02 (.txt): Hulun Lake yurt camp, booking SaaS; Order Form + General Terms; vendor on the Ilha Deserta
# (Portuguese house style: "First Contracting Party", "Clause N (title)", Lda., NIPC).
H188E02 = """ORDER FORM No. BR-CN-2025-0063
Barreta Stay - Booking and Property Management Platform

BETWEEN:
FIRST CONTRACTING PARTY: Barreta Reservas, Lda., a private limited company with registered office at Ilha Deserta (Ilha da Barreta), Parque Natural da Ria Formosa, 8000 Faro, Portugal, with the sole registration and tax number (NIPC) 515 482 903 and share capital of EUR 50,000, represented by its manager Ms Inês Martins Rocha, hereinafter the "Provider";
SECOND CONTRACTING PARTY: Hulunbuir Hulun Lake Steppe Yurt Camp Co., Ltd., a company incorporated in the People's Republic of China, with registered office at Dalai Lake Scenic Area, Xin Barag Right Banner, Hulunbuir, Inner Mongolia, China, represented by its general manager Mr Bayar Dorji, hereinafter the "Customer".

This Order Form is freely and in good faith entered into and is governed by the Provider's General Terms and Conditions set out below (the "General Terms"), which form an integral part of it. In case of conflict, this Order Form prevails.

1. Services
1.1 Barreta Stay booking engine for the Customer's website and WeChat mini-program, in Chinese and English.
1.2 Property management module for 48 yurts, 6 lodges and the camp restaurant: rates and seasons, room allocation, check-in and check-out, housekeeping status, guest messaging and daily reports.
1.3 Channel manager module with two-way availability and rate synchronisation with Trip.com, Meituan and Fliggy.
1.4 Payment integration with WeChat Pay and Alipay.
1.5 Onboarding: configuration of all units, rate plans and seasonal rules, import of about 3,100 guest profiles, and training of six front-desk staff.

2. Subscription Term
The Subscription Term is twenty-four (24) months from the Go-Live Date, followed by renewal as set out in Clause 2 of the General Terms.

3. Fees (in CNY, at the Customer's request)
Item                                          Basis                      Monthly (CNY)   Term total (CNY)
Platform subscription (54 units)              24 months                  9,800           235,200
Channel manager module                        24 months                  2,400           57,600
Onboarding and configuration                  one-time                   -               32,000
Total Contract Value                                                                     324,800
Fees include all applicable taxes.

4. Payment
Monthly fees are invoiced monthly in arrears and are payable within 30 days of invoice. The onboarding fee is invoiced on Go-Live Acceptance. No amount is payable in advance.

5. Go-Live
The Provider shall make the platform ready for the Go-Live Acceptance Tests no later than 15 May 2026, so that the Customer can take bookings for the summer season. If the Provider misses that date for reasons attributable to it, it shall pay the Customer CNY 300 for each day of delay until the platform is ready, up to CNY 15,000.

Signed in Faro and in Hulunbuir, in two originals of equal value.
For the Provider: ______________________ Inês Martins Rocha, Manager
For the Customer: ______________________ Bayar Dorji, General Manager


GENERAL TERMS AND CONDITIONS OF BARRETA RESERVAS, LDA.
(version 2025.2 for customers established in mainland China)

Clause 1 (Object and Definitions)
1.1 These General Terms govern the provision of the Barreta Stay platform as a service and of the related onboarding and support, as specified in the Order Form.
1.2 "Customer Data" means all data entered into or generated in the platform by or for the Customer, including guest personal data, bookings, rates, payment references and reports. "Go-Live Date" means the date on which the Customer signs the Go-Live Acceptance certificate. "Services" means the platform, onboarding and support described in the Order Form.

Clause 2 (Term and Renewal)
2.1 The contract starts on signature of the Order Form and continues for the Subscription Term.
2.2 At the end of the Subscription Term, the contract is automatically renewed for successive periods of one year, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
2.3 The Provider may update the fees for any renewal period in accordance with its price list then in force, by notice to the Customer at least 30 days before the start of the renewal period. The Customer's only remedy, if it does not accept the updated fees, is to give notice of non-renewal within the period in Clause 2.2.

Clause 3 (Fees and Invoicing)
3.1 Fees are set out in the Order Form and invoiced in CNY. Invoices not disputed in good faith within 15 days are deemed accepted.
3.2 Late payment bears interest at the one-year Loan Prime Rate published in China, pro rata temporis.

Clause 4 (Onboarding and Go-Live Acceptance)
4.1 The Provider carries out the onboarding according to the plan agreed at the kick-off meeting, and then notifies the Customer that the platform is ready for the Go-Live Acceptance Tests.
4.2 The Go-Live Acceptance Tests are passed when: (a) all 54 units, rate plans and seasonal rules are configured and checked by the Customer; (b) fifty test bookings made through the website, the mini-program and the three channels are recorded correctly, without any overbooking; (c) availability changes reach all three channels within 60 seconds; (d) payment, partial refund and full refund work with both WeChat Pay and Alipay; (e) check-in, check-out and housekeeping status work on the front-desk tablets; and (f) the imported guest profiles match the source spreadsheets on a sample of 200 records.
4.3 When the tests are passed, the Customer signs the Go-Live Acceptance certificate within five working days. Taking live bookings before the certificate is signed does not constitute acceptance.

Clause 5 (Service Levels)
5.1 The platform shall be available 99.92% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.
5.2 Support incidents are classified and answered as follows: Severity 1 (booking engine or property management unavailable, payments failing, or channel synchronisation stopped): response within 30 minutes, at any hour, and restoration within 6 hours; Severity 2 (a function impaired with a workaround): response within 2 hours during 08:00 to 22:00 Beijing time; Severity 3 (questions): response on the next working day.
5.3 Service credits: if monthly availability is below 99.92%, the Customer receives a credit of 5% of the monthly fees; below 99.5%, 12%; below 99%, 25%. Each Severity 1 response later than 30 minutes gives a further credit of 2% of the monthly fees. Credits are deducted from the next invoice and may not exceed 50% of the monthly fees in any month.

Clause 6 (Customer Data and Security)
6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the Services, and does not use it for any other purpose.
6.2 Customer Data is stored in a mainland China region of the Provider's hosting provider, encrypted in transit and at rest, with multi-factor authentication and logging of all administrative access. The Provider complies with the Personal Information Protection Law of the People's Republic of China and maintains the hosting environment's classified-protection (MLPS) level 3 filing.
6.3 The Provider shall notify the Customer of any personal data breach or other security incident affecting Customer Data within 8 hours after becoming aware of it, shall take the measures needed to contain it and shall cooperate in notifications to guests and authorities. The Provider is responsible for the losses caused to the Customer by an incident resulting from its breach of this Clause.
6.4 Within 30 days after the end of the contract the Provider shall deliver a full export of the Customer Data in CSV format and shall then delete it, confirming the deletion in writing.

Clause 7 (Subcontractors and Sub-processors)
7.1 The Provider may use subcontractors and sub-processors, including its affiliates, its cloud hosting provider and local support partners, to perform the Services. The current list is published on the Provider's website.
7.2 The Provider shall inform the Customer by e-mail at least 15 days before adding or replacing a sub-processor. The Customer may object on reasonable data-protection grounds; the objection does not prevent the engagement, and the Customer's remedy is to terminate the affected Services without penalty.
7.3 The Provider remains responsible for the acts and omissions of its subcontractors and sub-processors.

Clause 8 (Intellectual Property)
8.1 The platform, its software and its documentation remain the property of the Provider and its licensors. The Customer receives a non-exclusive right to use them during the contract.
8.2 The configurations, booking-widget designs, rate structures, message templates and content made specifically for the Customer belong to the Customer, who may use, modify and license them freely, including with another provider.

Clause 9 (Confidentiality)
Each party shall keep confidential the other party's non-public information received under the contract and shall not disclose it to third parties without prior written consent, during the contract and for three years after its end.

Clause 10 (Liability)
10.1 The total aggregate liability of the Provider under the contract is limited to 150% of the Total Contract Value stated in the Order Form.
10.2 This limit does not apply to wilful misconduct, gross negligence, personal injury, or losses resulting from a breach of Clause 6.

Clause 11 (Termination)
11.1 Either party may terminate the contract by registered letter or e-mail with acknowledgement of receipt if the other party commits a material breach and does not remedy it within 30 days after being notified of it.
11.2 The Customer may also terminate the contract if monthly availability is below 99% in two consecutive months.
11.3 On termination the Provider shall assist with the data export under Clause 6.4 and shall refund any fees paid for periods after termination.

Clause 12 (Force Majeure)
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

Clause 13 (Governing Law and Disputes)
For customers established in mainland China, the Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force.

Clause 14 (Final Provisions)
The contract is drawn up in English; any Chinese translation is for reference only.
"""

# ---------------------------------------------------------------------------------------------------------------
# h188e03 (.pdf): Rushan oyster farm, chlorophyll sensor buoys + maintenance; integrator on the Ile Trebéron
# (French); the buyer's paper, French-style "Art. N (title)" and a list of contract documents.
H188E03 = """T:Supply, Installation and Maintenance Contract
P:Chlorophyll and water-quality monitoring buoys for the Rushan oyster grounds
P:Contract No. RSYC-2025-EQ-07
P:BETWEEN
P:Rushan Silver Tide Oyster Farming Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at No. 9 Haiyang Road, Rushankou Town, Rushan, Shandong Province, represented by Mr Sun Haitao, chairman, hereinafter the "Buyer",
P:AND
P:Trébéron Océan Instrumentation SAS, a simplified joint-stock company with a share capital of EUR 240,000, registered with the Brest Trade and Companies Register under number 852 417 306, whose registered office is at Île Trébéron, Rade de Brest, 29160 Crozon, France, represented by Ms Maëlle Le Goff, president, hereinafter the "Supplier".
P:The Buyer farms oysters on rafts and longlines in Rushan Bay and needs continuous chlorophyll-a and water-quality data, including early warning of algal blooms. This is the Buyer's contract form; at its request all prices are stated and paid in CNY.
H:Art. 1 (Purpose)
P:1.1 The Supplier shall supply, install, commission and maintain a network of 14 monitoring buoys, each carrying a chlorophyll-a fluorescence sensor, a turbidity sensor, a dissolved-oxygen sensor, a temperature and salinity probe and an anti-fouling wiper, together with two shore gateways and the monitoring software described in Annex 1.
P:1.2 The Supplier shall train the Buyer's staff and maintain the system during the warranty period and the maintenance period defined in Art. 11.
H:Art. 2 (Contract documents)
P:2.1 The contract consists of the following documents, which prevail over each other in the order listed: (a) these articles; (b) Annex 1, Technical specification; (c) Annex 2, Buoy positions and mooring plan; (d) Annex 3, Acceptance test plan; (e) Annex 4, Approved subcontractor; (f) the Supplier's technical offer of 3 March 2025.
H:Art. 3 (Price)
P:3.1 The contract price is CNY 1,400,000, fixed and not subject to revision, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Monitoring buoy with chlorophyll-a and multi-parameter sensors|14|68,400|957,600
TB:2|Spare chlorophyll-a sensor head|4|21,600|86,400
TB:3|Shore gateway with 4G and LoRa telemetry|2|37,500|75,000
TB:4|Monitoring software, perpetual licence|1|118,000|118,000
TB:5|Installation, mooring and calibration|1 lot|146,000|146,000
TB:6|Training|1 lot|17,000|17,000
TB:|Total|||1,400,000
P:3.2 Items 1 to 4 together form the "Equipment and Licence Subtotal" of CNY 1,237,000.
P:3.3 The price includes delivery to the Buyer's jetty at Rushankou (DAP), duties, taxes, installation, calibration, training and all services during the warranty period.
H:Art. 4 (Payment)
P:4.1 The Buyer shall pay: (a) 10% of the contract price (CNY 140,000) within 15 days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China; (b) 55% (CNY 770,000) after signature of the Installation Certificate under Art. 6.3; (c) 35% (CNY 490,000) within 20 days after Final Acceptance.
P:4.2 Each payment is made against a valid invoice. The Installation Certificate and the 55% payment do not constitute acceptance of the system.
H:Art. 5 (Delivery period)
P:5.1 The equipment shall be delivered to the Buyer's jetty within 75 days after signature.
P:5.2 Installation at sea shall be completed within 30 days after delivery, during weather windows agreed with the Buyer's marine manager. Days on which the sea state prevents work, as recorded in the joint site log, extend this period.
H:Art. 6 (Installation)
P:6.1 The Supplier shall moor each buoy at the position in Annex 2 without damage to the Buyer's rafts and longlines, and shall repair at its own cost any damage caused.
P:6.2 The Supplier shall calibrate every chlorophyll-a sensor against water samples analysed by an accredited laboratory chosen by the Buyer.
P:6.3 When all buoys and gateways transmit data to the software, the parties sign an Installation Certificate. The certificate records completion of installation only.
H:Art. 7 (Acceptance)
P:7.1 Final Acceptance is pronounced by the Buyer after a 30-day trial run that meets all of the following criteria: (a) on three sampling days, each chlorophyll-a reading is within 8% of the laboratory value of the matching water sample; (b) every buoy delivers readings at each 15-minute interval, with no gap longer than two hours during the trial run; (c) the bloom alarm and the low-oxygen alarm are triggered correctly in the tests of Annex 3; (d) the dashboards, reports and data export work as specified in Annex 1; (e) training is completed and the as-built documentation is delivered.
P:7.2 If a criterion is not met, the Supplier shall correct the defect and the trial run is extended or repeated. Use of the data by the Buyer during the trial run does not constitute acceptance.
H:Art. 8 (Delay penalties)
P:8.1 If the Supplier misses the delivery period of Art. 5 or the date for starting the trial run in the project schedule, it shall pay a penalty of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:8.2 The Buyer may deduct penalties from any amount due to the Supplier.
H:Art. 9 (Warranty)
P:9.1 The Supplier warrants the equipment and the software for 24 months from Final Acceptance against defects in design, materials and workmanship, including the failure of seals, wipers and sensor optics in normal use in seawater.
P:9.2 During the warranty period the Supplier shall repair or replace defective parts free of charge, including diving, boat and travel costs.
P:9.3 The warranty does not cover loss or damage caused by ship collisions, typhoons exceeding the design conditions in Annex 1, or theft.
H:Art. 10 (Service levels)
P:10.1 During the warranty period and the maintenance period, faults are handled as follows. Severity 1 (no data from a gateway, no data from more than three buoys, or a false or missing bloom alarm): response by the Supplier's engineer in Qingdao within one hour and arrival on site within two days, weather permitting. Severity 2 (one to three buoys without data, or a sensor drifting): response within 8 hours and correction at the next maintenance visit or within ten days, whichever is earlier. Severity 3: response within three working days.
P:10.2 For each hour of delay in responding to a Severity 1 fault, the Supplier shall pay CNY 500; for each day of delay in arriving on site, CNY 800. The Buyer may deduct these amounts from the maintenance fees or the guarantee.
H:Art. 11 (Maintenance)
P:11.1 During the warranty period and for the three following years (years 3 to 5 after Final Acceptance), the Supplier shall carry out a maintenance visit every quarter to clean the buoys, change the wipers, check the moorings and download the instrument logs, and shall recalibrate the chlorophyll-a sensors twice a year against laboratory samples.
P:11.2 The maintenance fee for years 3 to 5 is 9% of the Equipment and Licence Subtotal per year, i.e. CNY 111,330 per year, fixed for the three years, paid quarterly in arrears. It includes labour, boats, divers, wipers and calibration.
P:11.3 Maintenance after year 5 requires a new written agreement; there is no automatic renewal.
H:Art. 12 (Data)
P:12.1 All measurement data, alarms, logs and reports produced by the system belong to the Buyer. They are stored on the Buyer's server at Rushankou and in a cloud account opened in the Buyer's name in mainland China.
P:12.2 The Supplier may access the data only through accounts issued by the Buyer and only to perform the contract. It shall not copy the data to its own systems, use it for research or publication, or transfer it outside mainland China without the Buyer's prior written consent.
P:12.3 The Supplier shall protect the accounts entrusted to it, use multi-factor authentication, apply security updates to the gateways and software, and notify the Buyer of any security incident within 12 hours after discovery. The Supplier is liable for the damage caused by an incident resulting from its breach of this article.
H:Art. 13 (Confidentiality)
P:13.1 Each party shall keep confidential the information received from the other party in connection with the contract, in particular the Buyer's farm layout and production figures, and shall not disclose it to third parties without prior written consent, for five years after the end of the contract.
H:Art. 14 (Intellectual property)
P:14.1 The firmware and the standard monitoring software remain the property of the Supplier, which grants the Buyer a perpetual licence to use them.
P:14.2 The configurations, alarm thresholds, dashboards, calibration records, reports and documents prepared specifically for the Buyer belong to the Buyer, which may use, modify and pass them on to a future maintenance provider freely.
H:Art. 15 (Subcontracting)
P:15.1 The mooring and diving work may be carried out by the marine works company named in Annex 4, which the Buyer approves by signing this contract.
P:15.2 Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for the work of its subcontractors.
H:Art. 16 (Liability)
P:16.1 The Supplier's total liability under the contract, including penalties, is limited to 150% of the contract price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Art. 12.
H:Art. 17 (Termination)
P:17.1 The Buyer may terminate the contract by registered letter if the Supplier commits a material breach and does not remedy it within 20 days after formal notice, or if the delay penalties reach their maximum.
H:Art. 18 (Force majeure)
P:18.1 Typhoons, storm surges and other events beyond the reasonable control of a party suspend its obligations for their duration, provided that it notifies the other party within three days.
H:Art. 19 (Governing law and disputes)
P:19.1 The contract is governed by the laws of the People's Republic of China.
P:19.2 Any dispute that cannot be settled amicably within 30 days shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Art. 20 (Final provisions)
P:20.1 The contract is made in four originals and enters into force on signature.
P:Made at Rushan, on ____________
P:For the Buyer: ______________________ Sun Haitao, Chairman
P:For the Supplier: ______________________ Maëlle Le Goff, President
"""

# ---------------------------------------------------------------------------------------------------------------
# h188e04 (.txt): Shenzhen hardware start-up, managed IT + desktop support; provider on the Bass Rock (Scottish house
# style: "N. HEADING", Scots law, Court of Session, testing clause "IN WITNESS WHEREOF these presents").
H188E04 = """MANAGED IT SERVICES AGREEMENT

between

BASS ROCK MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts (registered number SC718204) and having its registered office at The Keeper's House, Bass Rock, North Berwick, East Lothian, Scotland (the "Provider")

and

SHENZHEN QUANTA KINETIC TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China and having its registered office at Unit 1203, Building 4, Shenzhen Bay Science and Technology Ecological Park, Nanshan District, Shenzhen (the "Customer")

WHEREAS the Customer designs robotic motion controllers and employs about 85 staff at its Nanshan office and prototype laboratory; and the Provider supplies managed IT services and operates in Shenzhen through its wholly owned subsidiary;

NOW THEREFORE the parties agree as follows:

1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement:
"Charges" means the Monthly Service Charge and the Onboarding Charge set out in clause 5;
"Customer Data" means all data, files, source code, design files, firmware images, e-mails and personal information of the Customer, its employees and its customers which the Provider accesses, stores or processes in performing the Services;
"Incident" means an unplanned interruption or reduction in quality of an IT service supported by the Provider;
"Onboarding" means the transition activities described in Schedule 1 Part B;
"Services" means the managed IT services and desktop support described in Schedule 1 Part A;
"Service Commencement Date" means the date of the Onboarding Acceptance Certificate under clause 4.
1.2 References to the Schedule are to the Schedule annexed and executed as relative hereto, which forms part of this Agreement.

2. APPOINTMENT AND TERM
2.1 This Agreement commences on the date of the last signature and, unless terminated earlier, continues until the expiry of twenty-four (24) months from the Service Commencement Date (the "Term"). It expires at the end of the Term unless the parties agree in writing to extend it; there is no automatic renewal.

3. THE SERVICES
3.1 The Services comprise: (a) a service desk in Mandarin and English from 08:00 to 20:00 China Standard Time on working days, with an on-call engineer for Priority 1 Incidents at all other times; (b) one on-site desktop engineer on working days; (c) management of laptops, workstations and mobile devices, including encryption, patching and anti-malware; (d) management of the office network, Wi-Fi and firewalls; (e) administration of e-mail, user accounts and access rights; (f) daily backup of servers and engineering file shares, with a tested restore every quarter; and (g) monthly service reports.
3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with clause 6.

4. ONBOARDING AND ACCEPTANCE
4.1 The Provider shall complete Onboarding within 45 days after the date of this Agreement.
4.2 Onboarding is accepted when the Customer has verified that: (a) all endpoints listed in the Customer's asset register are enrolled, encrypted and fully patched; (b) a test restore of a selected engineering file share and a selected server has succeeded; (c) the network, firewall rules and Wi-Fi are documented and the documentation has been reviewed by the Customer; (d) the service desk, the ticketing portal and the escalation contacts are working; and (e) the runbooks in Schedule 1 Part B have been delivered. The Customer shall then sign an Onboarding Acceptance Certificate within five working days or give written reasons for refusal.
4.3 If Onboarding is not accepted within 45 days after the date of this Agreement for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,000 for each day of delay until acceptance. The parties agree that this sum is a genuine pre-estimate of loss.
4.4 Use of the Services by the Customer before the Onboarding Acceptance Certificate is signed does not constitute acceptance.

5. CHARGES AND PAYMENT
5.1 The Charges, stated in Chinese yuan (CNY) at the Customer's request, are:
(a) Monthly Service Charge: CNY 46,500 per month for up to 90 users, for 24 months, being CNY 1,116,000 over the Term;
(b) Onboarding Charge: CNY 54,000, once;
making a total contract value of CNY 1,170,000. Users above 90 are charged at CNY 480 per user per month, invoiced only if they arise.
5.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Onboarding Charge is invoiced on signature of the Onboarding Acceptance Certificate. No charge is payable in advance.
5.3 The Customer shall pay each valid invoice within 30 days of receipt. The Charges include all taxes.

6. SERVICE LEVELS AND SERVICE CREDITS
6.1 Incidents are prioritised by the Customer's IT lead and handled as follows:
Priority 1 (office network or firewall down, more than ten users unable to work, or a suspected security breach): response within 30 minutes at any time, engineer on site within 2 hours during working days, target resolution within 6 hours;
Priority 2 (a single user unable to work, or a service degraded): response within 1 hour during service desk hours, target resolution within one working day;
Priority 3 (requests and minor faults): response within 8 service desk hours, target resolution within three working days.
6.2 The managed office network shall be available for 99.95% of each calendar month, excluding failures of the public internet lines and planned maintenance agreed with the Customer.
6.3 If, in any month, the Provider misses the Priority 1 response time, or the network availability in clause 6.2 is not met, the Customer shall be entitled to a service credit of 5% of the Monthly Service Charge for that month for each such failure, up to 25% of the Monthly Service Charge. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to the extent necessary to provide the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.
7.2 The Provider shall keep Customer Data within mainland China, shall not copy Customer Data to removable media or to systems not controlled by the Customer, and shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
7.3 The Provider shall implement the security controls described in Schedule 1 Part C, including named privileged accounts with multi-factor authentication, logging of all administrative actions, screening of its personnel and monthly review of access rights.
7.4 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 6 hours of becoming aware of it, shall take all reasonable steps to contain and remedy it and shall bear the costs and losses which the Customer incurs as a result of a breach caused by the Provider's failure to comply with this clause.

8. CONFIDENTIALITY
8.1 Each party shall keep in confidence all information of the other party which is by its nature confidential, including the Customer's product designs, source code and firmware, and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation survives termination for five years, and indefinitely for the Customer's trade secrets.

9. INTELLECTUAL PROPERTY
9.1 All documentation, scripts, configurations, network diagrams and runbooks produced by the Provider for the Customer under this Agreement shall belong to the Customer on creation, and the Customer may use, modify and disclose them freely, including to a successor provider.
9.2 The Provider retains ownership of its pre-existing tools and methods and grants the Customer a perpetual, royalty-free licence to use any of them embedded in the deliverables.

10. SUBCONTRACTING
10.1 The Customer approves, by its signature of this Agreement, the provision of the on-site desktop engineer by the Provider's subsidiary Bass Rock IT Services (Shenzhen) Co., Ltd.
10.2 Otherwise the Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subsidiary and any approved subcontractor.

11. LIABILITY
11.1 The total liability of the Provider under or in connection with this Agreement, whether arising in contract, delict or otherwise, shall not exceed 150% of the total contract value stated in clause 5.1.
11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud, or breach of clause 7 or clause 8.
11.3 Neither party shall be liable for indirect or consequential loss.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach which is incapable of remedy, or which is not remedied within 20 days of written notice requiring it to be remedied.
12.2 The Customer may terminate this Agreement on 30 days' written notice if Priority 1 response times are missed in three months in any period of six consecutive months.
12.3 On expiry or termination the Provider shall provide reasonable exit assistance for up to 60 days at no additional charge, return all Customer Data and then securely delete it and certify the deletion.

13. GENERAL
13.1 This Agreement, together with the Schedule, is the entire agreement between the parties in respect of its subject matter.

14. GOVERNING LAW AND JURISDICTION
14.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.
14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages, together with the Schedule annexed, are executed as follows:

Subscribed for and on behalf of BASS ROCK MANAGED SERVICES LIMITED
at North Berwick on ______________ by Alasdair Fraser, Director
before this witness: ______________ (witness name and address)

Subscribed for and on behalf of SHENZHEN QUANTA KINETIC TECHNOLOGY CO., LTD.
at Shenzhen on ______________ by Lin Wei, Legal Representative
before this witness: ______________ (witness name and address)

SCHEDULE 1 (summary)
Part A - Services: as listed in clause 3.1, for up to 90 users, 112 endpoints, one office and one prototype laboratory.
Part B - Onboarding: asset discovery, endpoint enrolment, backup and test restore, network documentation, runbooks.
Part C - Security controls: privileged accounts, multi-factor authentication, logging, access reviews, screening.
"""

# ---------------------------------------------------------------------------------------------------------------
# h188e05 (.md): Zhangzhou mushroom exporter, organic-certificate API subscription + ERP integration; vendor on the
# Isola di Vivara (Italian house style: recitals, "§ N" with (1)/(2), art. 1456 and arts. 1341-1342 Civil Code).
H188E05 = """# API Subscription and Integration Agreement

## BioCert Verify - organic certificate verification service

**Agreement No.** VCD-CN-2025-022

**between**

**Vivara Certificazioni Digitali S.r.l.**, with registered office at Isola di Vivara, 80079 Procida (NA), Italy, VAT number IT09458120631, registered with the Naples Companies Register, in the person of its legal representative Dott. Marco Esposito (the "**Vendor**"),

**and**

**Zhangzhou Jiulong Edible Fungi Export Co., Ltd.**, with registered office at No. 66 Jiangbin Road, Longwen District, Zhangzhou, Fujian Province, People's Republic of China, in the person of its legal representative Mr Huang Zhiming (the "**Customer**"),

together the "**Parties**".

### Whereas

(A) the Customer exports fresh and dried shiitake, button mushrooms and other edible fungi, including organic products sold to importers in the European Union, and buys from about 140 growers and cooperatives in Fujian;

(B) before each export lot the Customer must check that the organic certificates of its growers and of its own operation are valid for the products concerned, and must prepare the data for the electronic certificate of inspection required by the importing country;

(C) the Vendor operates BioCert Verify, an application programming interface (API) that checks organic certificates against the public registers of certification bodies and returns their status, scope and validity;

(D) at the Customer's request, all amounts in this Agreement are expressed and paid in Chinese yuan (CNY).

The recitals form an integral part of this Agreement.

### § 1 Object

(1) The Vendor grants the Customer access to the BioCert Verify API under the subscription described in § 5 and shall integrate the API with the Customer's Kingdee ERP system (the "**Integration**").

(2) The Integration comprises: a connector that sends grower certificate numbers and lot data from the ERP to the API; automatic blocking in the ERP of any lot whose grower certificate is invalid, suspended, expired or does not cover the product; a daily re-check of all active growers; mapping tables between the Customer's product codes and the certification scopes; and a data package for the certificate of inspection of each export lot.

### § 2 Definitions

(1) "**Customer Data**" means all data sent by the Customer to the API or processed in the Integration, including grower identities, certificate numbers, lot numbers, quantities, product codes, consignees and destinations.

(2) "**Subscription Year**" means each period of one year starting on the Service Start Date or an anniversary of it.

(3) "**Service Start Date**" means the date on which the Vendor activates the production API keys for the Customer.

### § 3 Term

(1) The subscription runs for three Subscription Years from the Service Start Date.

(2) At the end of the third Subscription Year the subscription renews automatically for further Subscription Years at the same annual fee stated in § 5 (1), unless either Party gives written notice of termination at least 90 days before the end of the current Subscription Year.

### § 4 Integration and acceptance

(1) The Vendor shall complete the Integration and make it ready for the acceptance tests within 75 days after signature of this Agreement.

(2) The Integration is accepted when, in tests carried out jointly on the Customer's test system: (a) 200 test certificates, including at least 20 that are invalid, suspended, expired or outside scope, are classified correctly; (b) every lot linked to such a certificate is blocked in the ERP and released only after a valid certificate is recorded; (c) the daily re-check runs on the full grower list without error; (d) the certificate-of-inspection data package is complete for ten sample lots; (e) the 95th-percentile response time of the API, measured over the test days, is below 2 seconds; and (f) ten working days of parallel operation show no discrepancy with the Customer's manual checks.

(3) The Customer shall sign the acceptance report within five working days after the tests are passed. Use of the Integration in production before that signature does not constitute acceptance.

(4) If the Integration is not ready for the acceptance tests on the date in paragraph (1) for reasons attributable to the Vendor, the Vendor shall pay the Customer a penalty of CNY 400 for each calendar day of delay, up to CNY 20,000, without prejudice to further damages.

### § 5 Fees

(1) The fees are as follows:

| Item | Basis | Amount (CNY) |
|---|---|---|
| API subscription, up to 60,000 verifications per Subscription Year | CNY 138,000 per Subscription Year x 3 | 414,000 |
| Integration with the Kingdee ERP (fixed price) | one-time | 96,000 |
| **Total contract value** | | **510,000** |

(2) Verifications above 60,000 in a Subscription Year are charged at CNY 1.20 each, invoiced at the end of that year.

(3) The fees include all taxes payable by the Vendor.

### § 6 Invoicing and payment

(1) The subscription fee for each Subscription Year is invoiced in advance. The fee for the first Subscription Year is invoiced on signature of this Agreement and is payable within 15 days, before the Service Start Date; the fees for the second and third Subscription Years are invoiced on the anniversary of the Service Start Date.

(2) The Integration fee is invoiced 50% on signature of this Agreement, payable within 15 days, and 50% on signature of the acceptance report under § 4 (3).

(3) Payments are made by bank transfer in CNY to the account indicated in the invoice.

### § 7 Service levels

(1) The API shall be available 99.98% of each calendar month, measured by the Vendor's monitoring at one-minute intervals and excluding maintenance announced at least 72 hours in advance and carried out between 18:00 and 22:00 Central European Time.

(2) Priority 1 incidents (the API is unavailable or returns an incorrect certificate status) are answered within 1 hour at any time; Priority 2 incidents within one working day; other requests within three working days.

(3) If monthly availability falls below the level in paragraph (1), the Customer is entitled to a credit of 10% of one twelfth of the annual subscription fee, and of 20% if availability falls below 99.5%. Each Priority 1 incident not answered within 1 hour gives a further credit of 5% of one twelfth of the annual fee. Credits are set off against the next invoice.

### § 8 Customer Data

(1) Customer Data belongs to the Customer.

(2) The Vendor shall process Customer Data on servers located in the European Union with encryption in transit and at rest, ISO/IEC 27001 certified controls, access limited to named staff and logged, and shall comply with the applicable data protection laws, including, for any personal information of the Customer's growers, the Personal Information Protection Law of the People's Republic of China. The Vendor shall notify the Customer of any security incident affecting Customer Data within 48 hours, shall take all measures needed to limit its effects and is liable for the damage caused by an incident attributable to it.

(3) The Vendor may use Customer Data in anonymised and aggregated form to compile statistics on organic trade flows, to publish market reports and to improve its fraud-detection models, also after the end of this Agreement.

(4) Within 30 days after the end of this Agreement the Vendor shall return the Customer Data in a machine-readable format and then delete it, except as provided in paragraph (3).

### § 9 Intellectual property

(1) The API, the Vendor's software and its databases remain the property of the Vendor.

(2) The connector, the mapping tables and the documentation developed for the Customer in the Integration belong to the Customer. The Vendor shall deliver their source code on acceptance, and the Customer may use, modify and license them freely.

### § 10 Confidentiality

(1) Each Party shall keep confidential all technical and commercial information of the other Party obtained in performing this Agreement, including the Customer's grower network, prices and consignees, and shall not disclose it to third parties without prior written consent, during this Agreement and for five years after its end.

### § 11 Liability

(1) The total liability of the Vendor under this Agreement is limited to twice the total contract value stated in § 5 (1).

(2) The limitation does not apply to wilful misconduct or gross negligence (dolo o colpa grave), pursuant to article 1229 of the Italian Civil Code.

### § 12 Subcontracting

(1) The Vendor may not subcontract the Integration or the operation of the API, in whole or in part, without the prior written consent of the Customer. The Vendor remains responsible for any approved subcontractor.

### § 13 Termination

(1) Each Party may terminate this Agreement pursuant to article 1456 of the Italian Civil Code, by registered letter or certified e-mail (PEC) to the other Party, if the other Party is in material breach of § 4, § 6, § 7, § 8 or § 10 and has not remedied the breach within 30 days of a written request.

(2) On termination for the Vendor's breach, the Vendor shall refund the subscription fees paid for the period after termination.

### § 14 Force majeure

(1) Neither Party is liable for delays caused by events beyond its reasonable control, provided it informs the other Party without delay.

### § 15 Governing law and disputes

(1) This Agreement is governed by Italian law.

(2) Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan and the language is English.

### § 16 Final provisions

(1) Any amendment to this Agreement must be made in writing and signed by both Parties.

(2) This Agreement is made in English in two originals.

Procida, ____________ / Zhangzhou, ____________

The Vendor: ______________________ Dott. Marco Esposito

The Customer: ______________________ Huang Zhiming

Pursuant to articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: § 3 (2) (automatic renewal); § 8 (3) (use of aggregated data); § 11 (limitation of liability); § 13 (express termination clause); § 15 (governing law and arbitration).

The Customer: ______________________ Huang Zhiming
"""

# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they are
    "h188z02_frp_pipe_winding_tension_control_supply.txt": H188Z02,
    "h188z03_car_wash_chain_membership_workorder_saas.md": H188Z03,
    "h188z05_dried_tofu_mes_supplier_template.md": H188Z05,
    "h188e02_yurt_camp_booking_saas_pt_vendor.txt": H188E02,
    "h188e04_hardware_startup_managed_it_scottish_provider.txt": H188E04,
    "h188e05_mushroom_exporter_certificate_api_it_vendor.md": H188E05,
}
SOURCES = {"h188z01": H188Z01, "h188z04": H188Z04, "h188e01": H188E01, "h188e03": H188E03}
TARGETS = {"h188z01": ("h188z01_civil_affairs_place_name_address_system.docx", "docx"),
           "h188z04": ("h188z04_county_water_bureau_rural_supply_platform_om.pdf", "pdf"),
           "h188e01": ("h188e01_umbrella_pattern_cutting_licence_nl_vendor.docx", "docx"),
           "h188e03": ("h188e03_oyster_farm_chlorophyll_sensors_fr_integrator.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
