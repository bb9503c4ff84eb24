"""holdout586: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py), the ten .json labels, checks the sums, derives each draft's expected rules from
its labels (own reading of policy.md section 3), asserts the design and full coverage of the 20 CR rules, measures
the text lengths as read back, and scans every source and built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
H586Z01 = """T:食品安全追溯平台建设项目采购合同
P:合同编号：LSJG-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临沙市市场监督管理局　　乙方（供应商）：杭州禾溯信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经双方协商一致，就甲方采购食品安全追溯平台软件许可及定制开发事宜订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。
H:第一条 项目内容
P:乙方向甲方提供食品安全追溯平台软件许可（永久使用许可，不限用户数），并完成企业端追溯小程序、监管驾驶舱、与省级追溯平台及市场主体登记系统的数据接口等定制开发，负责部署、历史数据迁移和培训。
H:第二条 合同价款
P:本合同总价为人民币1,540,000元（大写：壹佰伍拾肆万元整），为含税固定总价，包括软件、开发、部署、迁移、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|追溯平台软件许可|860,000
TB:2|定制开发（小程序、驾驶舱、接口）|524,000
TB:3|部署及历史数据迁移|118,000
TB:4|培训|38,000
TB:合计||1,540,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 系统终验合格后，甲方支付合同总价的35%。乙方应在每次付款前开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提请初验，150日内完成试运行并提请终验。
P:4.2 系统部署在甲方政务云，云资源由甲方提供。乙方应在合同签订后15日内提交实施方案、数据迁移方案和测试方案，经甲方确认后实施。
P:4.3 历史数据迁移前，乙方应完成迁移演练，并向甲方提交迁移前后数据条数、关键字段比对结果；迁移过程中不得中断现有追溯系统的数据上报。
P:4.4 企业端小程序应在甲方指定的政务服务平台上架，乙方负责完成上架所需的安全检测和资料准备。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能逐项测试通过；接口与省级平台抽样比对数据无差异；在500个并发用户下主要页面响应时间不超过2秒；第三方软件测评机构出具测评报告且无高危问题。
P:5.2 初验合格后进入90日试运行，试运行期间无一级故障、累计二级故障不超过3次的，方可申请终验。终验由甲方组织专家进行，出具书面验收报告。
P:5.3 系统上线、甲方使用或支付部分款项，均不视为验收合格。
P:5.4 初验或终验不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担；整改后仍不合格的，按第十一条、第十三条处理。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、升级和技术支持。
P:6.2 质保期满后，如甲方续购运维服务，年度运维费不超过本合同软件许可费用的9%（即每服务年度不超过77,400元），该费率在质保期满后的三个服务年度内保持不变。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或追溯数据无法上报）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，1个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣除运维费或履约保证金800元；月度可用率每低于约定0.01个百分点，扣除1,000元。
H:第八条 数据安全
P:8.1 平台中的企业主体信息、追溯数据、检测数据及日志等全部数据属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输和存储、操作审计，运维须经甲方审批并通过堡垒机进行，不得私自复制数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、监管信息及市场主体商业信息负有保密义务，合同终止后继续有效。
H:第十条 知识产权
P:定制开发形成的程序、源代码、文档及接口规范的知识产权归甲方所有，乙方应在终验时交付源代码。平台软件原有知识产权仍属乙方，甲方享有永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不允许分包或转包。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有高级工程师职称的项目经理一名，实施期间常驻甲方现场，未经甲方书面同意不得更换。乙方投入的开发、测试和实施人员不少于投标文件承诺的人数。
P:15.2 双方每周召开项目例会，乙方每周提交项目周报，说明进度、问题和风险。需求变更须经甲方书面确认，变更导致工期或费用调整的，双方另行签订补充协议。
P:15.3 乙方人员应遵守甲方的安全保密和办公管理制度，进入机房须登记并由甲方人员陪同。
H:第十六条 培训与文档
P:16.1 乙方应为甲方系统管理员、各区县市场监管局业务人员及企业用户代表分别开展培训，培训不少于6场，并提供培训教材和操作视频。
P:16.2 培训应在系统上线前完成，乙方应对参训人员进行考核，并向甲方提交培训签到表和考核结果。
P:16.3 乙方应在终验前交付需求规格说明书、设计说明书、接口文档、数据字典、部署手册、运维手册、用户手册及测试报告，文档应为中文并可编辑。
H:第十七条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金，终验合格后无息退还。乙方未按约定履行合同的，甲方有权从履约保证金中扣除相应违约金和赔偿金。
H:第十八条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内书面通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十九条 廉政条款
P:乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益。违反本条的，甲方有权解除合同并依法处理。
H:第二十条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临沙市市场监督管理局　　乙方（盖章）：杭州禾溯信息技术有限公司
P:签订日期：2026年3月16日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H586Z02 = """T:码坯机器人控制系统改造及维保合同
P:合同编号：HXZW-JS-2026-008
P:甲方：河西县宏鑫新型墙材有限公司（砖瓦厂）
P:乙方：佛山固邦智能装备有限公司
P:甲方现有6条码坯线的码坯机器人控制系统老化，故障频繁，拟整体改造。经比选，甲方确定由乙方承担改造及后续维保。双方根据《中华人民共和国民法典》订立本合同。
H:一、改造范围
P:（一）更换6套码坯机器人控制柜（含PLC、伺服驱动器、安全模块），加装6套视觉定位系统，部署码坯中控软件（永久许可）一套。
P:（二）根据甲方砖型和窑车规格编制码坯路径、配方程序，并与切坯机、窑车输送线联锁调试。
P:（三）拆除旧设备，安装、接线、调试，培训甲方操作及电工人员。
H:二、合同价款
P:本合同总价为人民币1,384,000元，含税，含运输、安装、调试、培训及质保期内服务。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|码坯机器人控制柜改造套件|6套|138,000|828,000
TB:2|视觉定位系统|6套|46,000|276,000
TB:3|码坯中控软件永久许可|1套|168,000|168,000
TB:软硬件小计||||1,272,000
TB:4|安装调试及旧设备拆除|1项|96,000|96,000
TB:5|操作及维修培训|1项|16,000|16,000
TB:合计||||1,384,000
H:三、付款方式
P:（一）合同签订后7日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并安装完毕后，甲方支付合同总价的45%。到货和安装不视为验收。
P:（三）最终验收合格后15日内，甲方支付合同总价的35%。
H:四、工期
P:（一）乙方应于合同签订后60日内将全部设备运抵甲方厂区。
P:（二）改造分线实施，每条线停线改造不超过5日，全部6条线应于合同签订后120日内改造完毕并提请验收。
P:（三）乙方应在发货前提交设备清单、出厂检验报告和合格证，控制柜应在乙方工厂完成通电测试并经甲方派员见证。
P:（四）设备运抵甲方厂区后，双方共同开箱清点，清点结果仅确认数量和外观，不构成质量验收。
H:五、验收
P:（一）验收标准：每条线连续72小时满负荷运行，码坯节拍不低于每分钟16块，码垛位置偏差不大于3毫米，倒垛率不高于千分之二；安全光幕、急停联锁测试全部有效；中控软件能按班次记录产量和故障。
P:（二）每条线改造完成后先进行单线调试，调试合格后方可恢复生产；单线调试期间产生的废坯数量超过正常水平的，由乙方承担相应原料损失。
P:（三）6条线均达标后，双方共同签署最终验收报告。仅完成安装或甲方已投入生产，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷。
P:（二）质保期满后，乙方提供维保服务，包括驻厂工程师、定期保养和易损件更换。维保费按软硬件小计的26%每服务年度计取，即每服务年度330,720元，该费率在质保期满后三个服务年度内不变。维保期满是否续签由双方另行协商。
H:七、服务响应
P:（一）一级故障（整线停机）乙方应在1小时内响应，8小时内到场，24小时内恢复生产；二级故障（单台设备异常但可降速生产）2小时内响应，48小时内处理完毕。
P:（二）质保期及维保期内，乙方每季度对全部码坯机器人进行一次预防性保养，检查伺服电机、减速机、夹具和视觉相机，并出具保养报告。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付500元；同一故障重复发生3次以上的，乙方应免费更换相关部件。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:九、数据与保密
P:（一）控制系统及中控软件中的产量、配方、工艺参数等数据归甲方所有，乙方仅可为履行本合同使用。乙方远程维护须经甲方当班负责人同意，并使用甲方指定账号，不得复制或外传数据；因乙方原因导致数据泄露或生产数据损毁的，乙方承担赔偿责任。
P:（二）双方对在合作中知悉的对方技术信息和经营信息负有保密义务，合同终止后三年内有效。
H:十、知识产权
P:为甲方编制的码坯路径、配方程序和联锁程序归甲方所有，乙方交付源程序，甲方可自行修改。中控软件的原有知识产权归乙方，甲方享有永久使用权。
H:十一、分包
P:乙方不得将本合同项下工作分包给第三方，确需分包的，应事先取得甲方书面同意。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、现场施工与安全
P:（一）乙方应在改造前提交施工方案和停线计划，经甲方生产部门确认后实施。每条线改造期间，乙方应配合甲方做好其他线的正常生产。
P:（二）乙方施工人员应遵守甲方厂区安全生产管理制度，持证上岗，进入窑车轨道和机器人作业区须执行挂牌上锁程序。因乙方原因发生安全事故的，由乙方承担责任。
P:（三）乙方在厂区动火、登高或进入窑炉附近区域作业前，应向甲方安全管理部门申请作业票，并安排专人监护。
P:（四）拆除的旧控制柜、电缆等归甲方所有，由乙方按甲方指定地点堆放。
H:十五、培训与资料
P:（一）乙方应对甲方操作工、电工和设备主管分批培训，内容包括操作、换型、日常保养和常见故障处理，培训后进行考核，考核合格率应达到90%以上。
P:（二）乙方应在最终验收时交付电气图纸、PLC程序备份、视觉系统参数表、中控软件安装介质及操作维护手册，资料应为中文。
P:（三）乙方应为每条线建立设备档案，记录改造内容、参数设置、软件版本和维修记录，并随维保工作持续更新，档案归甲方所有。
H:十六、备品备件
P:乙方应在质保期内于甲方厂区存放伺服驱动器、视觉相机、安全光幕等关键备件各一套，并在质保期满后继续保证备件供应不少于八年，备件价格不高于本合同同类设备单价。
H:十七、不可抗力
P:因不可抗力导致不能履行合同的，受影响一方应在3日内通知对方，并在10日内提供有关机关出具的证明，可根据影响部分或全部免除责任。不可抗力持续超过60日的，双方协商是否继续履行合同。
H:十八、廉洁与通知
P:（一）乙方不得向甲方采购、生产和设备管理人员提供任何形式的回扣或不正当利益，一经查实，甲方有权解除合同并要求乙方赔偿损失。
P:（二）本合同签订后，乙方应在5日内向甲方提交项目组成员名单，项目经理须具有同类改造项目经验，现场调试期间不得更换。
P:（三）本合同项下通知以书面形式送达合同首部所列地址或双方指定的联系人，联系人变更应及时书面通知对方。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河西县宏鑫新型墙材有限公司　　乙方（盖章）：佛山固邦智能装备有限公司
P:日期：2026年4月8日
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1)
H586Z03 = """明眸连锁眼科诊所预约及视光档案SaaS服务合同

合同编号：MM-IT-2026-031
甲方：四川明眸眼科医疗管理有限公司（代表其下属14家眼科诊所）
乙方：成都瞳云科技有限公司

鉴于甲方拟统一旗下14家诊所的线上预约、分诊排班及视光档案管理，乙方拥有"瞳云视光"SaaS平台，双方经协商订立本合同。

1. 服务内容
1.1 乙方向甲方提供"瞳云视光"SaaS平台订阅服务，包括线上预约、医生排班、验光及角膜塑形镜档案、复查提醒、会员管理模块，覆盖14家诊所及甲方总部。
1.2 乙方负责实施：历史档案迁移（约21万份）、与甲方HIS及电脑验光仪、角膜地形图设备的接口对接、诊所人员培训。
1.3 服务期为三个服务年度，自2026年3月1日起至2029年2月28日止。

2. 费用
2.1 订阅费：每家诊所每服务年度21,600元，14家合计302,400元；总部管理模块每服务年度36,000元；订阅费合计每服务年度338,400元，三个服务年度合计1,015,200元。
2.2 实施费：148,000元，一次性。
2.3 合同总价：1,163,200元（含税）。
2.4 付款：订阅费按季度支付，每季度开始前10日内支付当季订阅费84,600元；实施费在上线验收合格后一次性支付。甲方不预付其他款项。

3. 实施与验收
3.1 乙方应于2026年4月30日前完成全部诊所上线。
3.2 上线验收标准：历史档案迁移抽查500份无差错；预约、排班、档案各功能按需求清单测试通过；HIS接口挂号与收费数据连续10日核对一致；任一门店高峰时段页面响应不超过2秒。
3.3 甲方在上线验收报告上签字确认后视为验收合格。系统试用不视为验收。
3.4 实施分两批进行：第一批为成都市内8家诊所及总部，第二批为其余6家诊所。每批上线前，乙方应完成数据迁移演练和门店人员培训，上线当日派人驻店支持。
3.5 乙方逾期完成上线的，每逾期一日按合同总价的万分之八支付违约金。

4. 服务水平
4.1 平台每月可用率不低于99.5%（计划内维护除外，计划维护须提前3日通知且安排在夜间）。
4.2 一级故障（预约或档案功能全部不可用）30分钟内响应，2小时内恢复；二级故障2小时内响应，1个工作日内解决。
4.3 乙方应提供7×24小时客服热线，诊所营业时间内在线客服应在10分钟内回复门店咨询。
4.4 服务补偿：月可用率每低于约定0.1个百分点，或一级故障恢复每超时1小时，乙方减免当月订阅费的2%，单月累计最高减免当月订阅费的20%。

5. 数据
5.1 甲方患者的身份信息、验光数据、视光档案和预约记录归甲方所有。
5.2 乙方可将上述数据经去标识化处理后，用于乙方产品改进、算法训练及发布行业视光分析报告，该使用在合同终止后继续有效。
5.3 数据安全：平台部署在境内，通过网络安全等级保护三级测评；乙方对数据加密存储和传输，按最小权限授权，保留操作日志不少于6个月；发生数据泄露的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担赔偿责任。
5.4 乙方仅可在甲方授权范围内访问患者数据，客服和运维人员查看患者档案须经甲方管理员临时授权，并留存访问记录供甲方查询。
5.5 合同终止后30日内，乙方应以通用格式向甲方交还全部数据，并在甲方确认后删除。

6. 保密
6.1 双方对在合作中获知的对方商业秘密及患者信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。
6.2 乙方应与接触甲方信息的员工签订保密协议，并对其进行保密培训。员工违反保密义务的，由乙方向甲方承担责任。

7. 知识产权
平台原有知识产权归乙方。为甲方定制的报表、接口程序和配置方案归甲方所有，甲方可自由使用、修改并授权他人使用。

8. 续期
8.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
8.2 续期时，乙方有权根据市场情况调整订阅费单价，调整幅度不超过上一服务年度单价的8%，并提前30日通知甲方。

9. 违约与责任限制
9.1 任何一方违约，应赔偿守约方因此遭受的损失。
9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

10. 分包
乙方不得将实施或运维工作分包；确需分包的，须事先取得甲方书面同意，并对分包方行为承担责任。

11. 合同解除
11.1 乙方严重违约或连续两个月可用率低于约定，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未履行期间的订阅费。
11.2 合同解除或终止的，乙方应按本合同第5.5条交还数据，并配合甲方完成向新系统的迁移。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

13. 项目管理与培训
13.1 乙方应指定项目经理和客户成功经理各一名，实施期间每周向甲方提交进度报告，上线后每月提交服务报告，内容包括可用率、故障处理、需求进展和使用情况。
13.2 乙方应为每家诊所的前台、验光师和医生分别开展培训，并为甲方总部运营人员提供管理员培训。新开诊所接入时，乙方按本合同单价提供订阅服务，实施费用另行报价。
13.3 乙方应每季度与甲方召开服务回顾会，通报各门店使用情况和待办事项。
13.4 平台版本升级应提前7日通知甲方，并不得降低甲方已使用的功能。

14. 甲方义务
14.1 甲方应按时付款，指定项目联系人，提供历史档案导出文件和接口所需的配合。
14.2 甲方负责其工作人员账号的管理，离职人员账号应及时停用。
14.3 甲方应按照乙方提供的配置要求准备诊所网络和前台电脑，并保证诊所网络带宽满足系统使用需要。
14.4 甲方应按照法律规定取得患者对其个人信息处理的同意，乙方提供告知同意模板供甲方使用。

15. 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

16. 通知
本合同项下的通知以书面形式发送至合同首页所列地址或双方指定的电子邮箱，以送达时为准。任何一方变更地址或联系人，应提前5日书面通知对方。

17. 廉洁
双方应遵守反商业贿赂的规定，乙方不得向甲方员工或诊所医生提供回扣、礼品或其他不正当利益。违反本条的，守约方有权要求对方赔偿损失。

18. 附件
附件一：功能清单；附件二：实施计划；附件三：接口说明；附件四：数据处理说明。附件与本合同具有同等效力。

19. 其他
本合同未尽事宜，双方另行签订补充协议。本合同自双方盖章之日起生效。

甲方（盖章）：四川明眸眼科医疗管理有限公司
乙方（盖章）：成都瞳云科技有限公司
日期：2026年2月10日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, 竞争性磋商)
H586Z04 = """江陵市公交集团电子站牌系统运维服务合同

项目编号：JLGJ-CS-2025-112（竞争性磋商）
甲方：江陵市公共交通集团有限公司
乙方：湖北畅行智慧交通科技有限公司

根据江陵市公交集团电子站牌系统运维服务项目竞争性磋商结果，甲方确定乙方为成交供应商。双方依据《中华人民共和国民法典》及磋商文件、响应文件，订立本合同。

（1）服务范围
①对全市862块电子站牌（含LCD屏、LED屏及墨水屏）及站牌管理平台提供运维服务，包括日常巡检、故障维修、屏面清洁、内容发布保障和备品备件供应。
②服务期：2026年1月1日至2026年12月31日。

（2）合同价款
合同总价为人民币1,427,560元（含税），包括：
站牌运维费：862块×1,380元=1,189,560元；
平台运维费：96,000元；
备品备件包干费：142,000元。
合同总价为固定价格，服务期内不作调整。

（3）付款方式
甲方按季度支付，每季度结束后经考核合格，于次月15日前支付当季费用（合同总价的四分之一，按考核结果扣减）。甲方不支付预付款。

（4）服务标准
①站牌巡检：每块站牌每月巡检不少于1次，屏面清洁每月不少于2次。
②故障分级：一级故障（管理平台瘫痪或同一线路5块以上站牌黑屏）30分钟内响应，2小时内到场，6小时内修复；二级故障（单块站牌黑屏、显示错误）2小时内响应，24小时内修复；三级故障（外观破损、亮度异常）3日内处理。
③到站预测信息与车辆实际到站时间偏差不超过60秒的比例，每月不低于95%。
④站牌亮度、对比度应满足白天户外可读要求，夜间自动调低亮度，避免影响周边居民。
⑤乙方应建立站牌“一牌一档”，记录安装位置、设备型号、维修历史和备件更换情况，每季度更新并报甲方。
⑥新建、迁移或撤销站牌时，乙方应在接到甲方通知后5个工作日内完成拆装调试，拆装费用已含在合同价款内，单次数量超过20块的另行协商。

（5）考核与扣款
①甲方每季度对乙方进行考核，考核结果与付款挂钩。
②一级故障修复每超时1小时扣款1,000元；二级故障修复每超时1小时扣款200元；漏巡每块次扣款100元。
③服务期结束后，甲方按本合同第（4）项标准进行年度验收，出具书面验收意见。

（6）人员与备件
①乙方应配置不少于10名运维人员和2辆维修工程车，其中项目负责人1名、平台运维工程师2名、现场维修人员不少于7名，人员名单报甲方备案，更换项目负责人须经甲方同意。
②乙方应常备不少于站牌总数3%的备品备件，备品备件包干费已包含屏幕、主板、电源、通信模块、太阳能板及蓄电池的更换费用。因交通事故或人为破坏造成的损坏，乙方先行修复，费用由甲方向责任方追偿后另行结算。
③乙方应在市区设立备件仓库和值班点，服务期内实行7×24小时值班，值班电话报甲方备案。

（7）交接与进场
①服务期开始前，甲方向乙方移交站牌清单、平台账号、历史故障记录和在保设备清单，双方签署交接清单。
②乙方应于2026年1月1日完成进场交接。进场每延误一日，乙方向甲方支付违约金2,000元。
③服务期满，乙方应将站牌、平台、账号、备件台账和技术资料完整移交甲方或甲方指定的单位，并配合交接不少于15日。

（8）内容发布管理
①站牌发布内容以甲方审核通过的线路信息、到站预报、运营通知和公益宣传为限，乙方不得擅自发布任何内容。
②遇恶劣天气、线路调整或突发事件，乙方应在接到甲方通知后30分钟内完成全网或指定站牌的信息发布。
③乙方应每月对站牌显示内容进行抽查，发现显示错误的立即纠正并记录。

（9）报告制度
①乙方应每月5日前向甲方提交上月运维报告，内容包括巡检完成情况、故障统计及处理时长、备件消耗、站牌在线情况和改进建议；发生一级故障的，应在故障恢复后24小时内提交专项报告。
②乙方应于每季度末提交季度运维总结，分析故障原因和高发站点，提出设备更新和布局优化建议，供甲方编制下一服务期采购计划参考。
③甲方可随时抽查乙方的巡检记录和维修记录，乙方应如实提供。

（10）平台运维
①乙方负责站牌管理平台的日常监控、数据库备份、系统补丁更新和性能优化，每日检查平台运行日志，每周对数据库进行全量备份并每季度进行一次恢复演练。
②平台与甲方智能调度系统的数据接口出现中断的，乙方应立即排查并通知甲方信息中心，配合调度系统承建单位共同处理。
③乙方对平台软件进行升级或配置变更前，应提交变更方案并经甲方书面同意，变更应安排在夜间收班后进行。

（11）安全生产
乙方人员在道路上作业时应设置警示标志，穿着反光服，高处作业须持证上岗并采取防护措施。因乙方原因造成人身伤害或第三方财产损失的，由乙方承担责任。

（12）数据安全
①站牌管理平台中的线路、车辆位置、客流统计等数据归甲方所有，乙方不得用于本合同以外的任何目的。
②乙方应落实账号分级管理、操作日志留存和数据备份，远程运维须通过甲方VPN并经审批；发生数据泄露或平台被篡改发布非法内容的，乙方应在1小时内报告并处置，因乙方原因造成的损失和责任由乙方承担。

（13）保密
①乙方对在服务中获知的甲方运营信息、系统账号及技术资料负有保密义务，服务期满后继续有效。
②乙方应与参与本项目的人员签订保密承诺书，人员离岗时应收回其账号和门禁卡。

（14）知识产权
乙方在运维中为甲方编写的脚本、巡检报告和技术文档归甲方所有。

（15）分包
乙方可将屏面清洁、巡检等非主体工作分包给具备能力的第三方，分包前应书面告知甲方分包单位名称，乙方对分包单位的工作负全部责任。

（16）甲方义务
①甲方应按约定支付服务费，并在服务期开始前向乙方提供站牌分布图、供电接入点和通信卡清单，协调公安交警、城管等部门为乙方道路作业提供便利。
②甲方负责站牌的电费和通信费用，并在站牌所在站台改造时提前通知乙方。
③甲方应指定专人负责考核和对接，及时确认乙方提交的运维报告和故障处理记录。
④甲方发现站牌故障或接到乘客投诉的，应通过运维平台或值班电话通知乙方，乙方按第（4）项标准处理，处理结果应反馈甲方。

（17）合同的变更与解除
本合同履行期间，任何一方不得单方解除合同。乙方未达到服务标准的，甲方按第（5）项扣款，并可要求乙方限期整改。

（18）续期
服务期满，本合同终止，不自动续期。甲方如需继续采购，另行组织采购程序。

（19）争议解决
本合同履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（20）其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（盖章）：江陵市公共交通集团有限公司
乙方（盖章）：湖北畅行智慧交通科技有限公司
签订日期：2025年12月22日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
H586Z05 = """# 软件许可及技术服务合同

**睿煎智造标准合同文本 V3.0**

合同编号：RJZZ-2026-0415

甲方（买方）：岭南百草凉茶食品有限公司

乙方（卖方）：广州睿煎智造软件有限公司

甲方因煎煮车间信息化管理需要，向乙方购买"睿煎煎煮车间管理系统"软件许可及定制开发服务。双方在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供睿煎煎煮车间管理系统V3.0软件许可，含投料管理、煎煮过程监控、浓缩工段管理、批记录和设备台账模块，许可方式为甲方工厂内永久使用。

1.2 乙方根据甲方工艺进行定制开发：凉茶配方管理、煎煮温度与时间曲线采集（对接12台提取罐PLC）、电子批生产记录、与甲方ERP的物料接口。

1.3 乙方负责系统安装部署及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 睿煎煎煮车间管理系统V3.0软件许可 | 420,000 |
| 2 | 定制开发（配方、曲线采集、批记录、ERP接口） | 356,000 |
| 3 | 安装部署及培训 | 64,000 |
| | 合计 | 840,000 |

合同总价人民币840,000元（含税）。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，逾期超过15日的，乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方在收到首付款后按项目计划安排实施，实施进度以双方确认的计划为准。

4.2 乙方在首付款到账后10个工作日内进场调研，调研完成后提交需求说明书，经甲方签字确认后进入开发阶段。需求说明书签字后，甲方对功能的修改视为需求变更。

4.3 系统部署在甲方工厂服务器上，乙方负责安装操作系统以外的应用软件、数据库配置和与提取罐PLC的通讯调试。数据库软件由甲方自行采购。

4.4 系统安装部署完成即视为甲方验收合格。甲方在安装部署完成后提出的问题，由乙方在维护期内处理。

## 第五条 免费维护期

5.1 免费维护期为六个月，自系统安装部署完成之日起计算。

5.2 免费维护期内，乙方在工作日通过电话、远程方式提供技术支持，并尽合理努力尽快处理甲方反映的问题。

5.3 免费维护期内，因甲方操作不当、擅自修改程序或硬件故障引起的问题，不属于免费维护范围，乙方可另行收费。

5.4 免费维护期满后，甲方如需继续获得维护服务，应另行与乙方签订维护合同，维护费按乙方当年度公布的价目表执行。

## 第六条 知识产权

6.1 软件及定制开发成果（包括配方管理模块、曲线采集程序、接口程序及相关文档）的知识产权均归乙方所有。

6.2 甲方仅享有在本合同约定工厂内使用的非独占、不可转让的许可，不得修改、反向工程或向第三方提供。乙方有权将定制开发成果用于其他客户。

## 第七条 数据安全

7.1 系统中的配方、工艺参数和生产记录等数据归甲方所有，乙方仅为提供服务而访问。

7.2 乙方远程维护须经甲方授权，使用一次性账号，操作留痕；乙方不得复制、保存甲方配方数据。因乙方原因导致甲方数据泄露或损毁的，乙方承担相应赔偿责任。

## 第八条 保密

双方对本合同内容及在履行中获知的对方技术秘密、配方和经营信息负有保密义务，合同终止后三年内有效。

## 第九条 双方义务

9.1 甲方应指定项目联系人，提供提取罐PLC的通讯协议、配方资料和ERP接口说明，并为乙方人员提供办公场所和网络条件。

9.2 甲方应确保现场具备系统部署所需的服务器、网络和电力条件，服务器由甲方自行采购，乙方可提供配置建议。

9.3 乙方应按双方确认的需求说明书进行开发，需求说明书确认后甲方提出的新增需求，乙方另行报价，开发周期相应顺延。

9.4 双方应指定项目负责人，项目负责人负责实施过程中的沟通协调和文件签收。项目负责人变更的，应提前书面通知对方。

9.5 乙方人员进入车间应遵守甲方的卫生管理和安全生产规定，穿戴洁净服，不得进入甲方未授权的区域。

## 第十条 培训与资料

10.1 乙方为甲方车间主任、班组长、质量管理人员和信息管理员提供系统操作培训，培训时间不少于3天，地点为甲方工厂。

10.2 培训结束后，由甲方组织参训人员签到确认，乙方提供培训课件电子版。

10.3 乙方在系统安装部署完成时交付用户操作手册和系统管理员手册（电子版）。定制开发的源程序不在交付范围之内。

10.4 甲方应妥善保管乙方提供的软件安装介质和授权文件，不得复制给第三方使用。授权文件遗失的，乙方可重新提供，并收取工本费。

## 第十一条 软件升级

11.1 免费维护期内，乙方向甲方提供软件许可版本的补丁更新。

11.2 软件大版本升级不包含在本合同价款内，甲方如需升级，按乙方届时的升级政策另行购买。

11.3 甲方自行更换服务器、操作系统或提取罐控制系统，导致软件需要重新部署或调试的，乙方另行收费。

11.4 软件许可仅限于甲方本合同所列工厂使用。甲方新建工厂或增加煎煮生产线的，应另行购买许可。

## 第十二条 责任限制

12.1 乙方对因软件缺陷、服务瑕疵或其他原因给甲方造成的损失承担的累计赔偿责任，以合同总价的20%为限。

12.2 乙方不承担甲方的间接损失、利润损失、停产损失。

## 第十三条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力包括自然灾害、政府行为、疫情、网络运营商故障及其他不能预见、不能避免并不能克服的客观情况。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方另有约定的以补充协议为准。

16.3 本合同附件包括：需求调研计划、软件功能清单、报价单。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。

16.4 双方往来通知以书面形式或电子邮件发送至双方指定联系人，发出后即视为送达。

甲方（盖章）：岭南百草凉茶食品有限公司　　代表：__________

乙方（盖章）：广州睿煎智造软件有限公司　　代表：__________

日期：2026年5月6日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Iceland vendor, only GOVERNING-LAW)
H586E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NFS-HDSF-2026-04
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 March 2026 between:
P:(1) Nordurfold Software ehf., a company incorporated in Iceland with its registered office at Glerargata 36, 600 Akureyri, Iceland (the "Vendor"); and
P:(2) Haida Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Haibin Road, Zhoushan, Zhejiang Province (the "Customer").
P:Background: the Vendor develops FlakaYield, a software product for yield, quality and traceability management in fish-processing plants. The Customer operates three processing plants in Zhoushan and wishes to license FlakaYield and to have it configured and integrated with its scales and ERP system. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FlakaYield version 7, its plant and line modules and all updates supplied under this Agreement. "Documentation" means the Vendor's user and administration manuals.
P:1.2 "Custom Deliverables" means the configurations, scale and ERP interface programs, reports, labels and scripts developed by the Vendor specifically for the Customer, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written acceptance under Article 5.3. "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's plants, including catch, batch, yield, quality and personnel data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants in Zhoushan for its own business, for an unlimited number of users.
P:2.2 The Customer may make backup copies and may allow its affiliates and contractors to use the Software on its behalf.
H:Article 3 Price
P:3.1 The total price is CNY 1,542,000, inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Plant licence, FlakaYield 7|3|286,000|858,000
TB:Line module licence|14|18,500|259,000
TB:Licence Subtotal|||1,117,000
TB:Configuration and process modelling|1|214,000|214,000
TB:Scale and ERP integration|1|168,000|168,000
TB:Training (operators and key users)|1|43,000|43,000
TB:Total Contract Price|||1,542,000
P:3.2 The price is fixed and includes travel, installation and all services until the end of the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 10% of the Total Contract Price within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 55% after Go-Live at all three plants; and (c) 35% within 20 days after Final Acceptance.
P:4.2 Go-Live means productive use of the Software at all three plants. Go-Live is not acceptance.
P:4.3 Payments are made by bank transfer in CNY to the Vendor's account stated on the invoice.
P:4.4 The Vendor shall issue a valid VAT invoice, through its Shanghai partner, before each payment. The Customer may withhold a disputed amount in good faith and shall pay the undisputed part on time.
H:Article 4A Project Organisation
P:4A.1 Each party shall name a project manager. The Vendor's project manager shall be on site in Zhoushan during installation, Go-Live and the acceptance period, and shall not be replaced without the Customer's consent.
P:4A.2 The project managers meet every week and the Vendor issues a written progress report showing status, open issues and risks. Changes to scope, price or dates require a written change order signed by both parties.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and Go-Live within 120 days after signature, according to the project plan in Annex 2.
P:5.2 Acceptance criteria: (a) every function listed in Annex 1 passes the agreed test scripts; (b) yield figures calculated by the Software agree with manual reconciliation for ten consecutive production days at each plant; (c) the scale interface records every weighing with a time stamp and no lost transactions over the same period; (d) the ERP interface posts batch and stock movements without manual correction; and (e) no Severity 1 defect is open and none occurred in the last 20 production days.
P:5.3 When the criteria are met the parties sign a Final Acceptance certificate. Go-Live, use of the Software in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During it the Vendor shall correct defects, supply all updates and new versions, and provide the support described in Article 7 free of charge.
P:6.2 After the Warranty Period the Customer may order Annual Support. The Annual Support fee is 11% of the Licence Subtotal, being CNY 122,870 for each support year, and this fee is fixed for the first three support years. Annual Support is ordered by separate purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Severity 1 (a plant cannot record weighings or release batches): response within 1 hour, 24 hours a day, and a workaround within 6 hours. Severity 2 (a major function is impaired): response within 2 hours on business days, resolution within 3 business days. Severity 3: resolution in the next update.
P:7.2 If the Vendor misses a Severity 1 response or workaround time, it shall pay or credit the Customer CNY 1,200 for each hour of delay, and CNY 400 for each hour of delay on Severity 2.
P:7.3 Remote support is provided in English and, through the Vendor's partner in Shanghai, in Chinese.
H:Article 8 Delay Damages
P:8.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:8.2 Delay damages do not limit the Customer's right to terminate under Article 14.
H:Article 9 Intellectual Property
P:9.1 The Software and Documentation remain the property of the Vendor and its licensors.
P:9.2 All intellectual property in the Custom Deliverables belongs to the Customer from creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
P:10.2 The Software is installed on the Customer's own servers in Zhoushan. The Vendor's remote access requires the Customer's approval for each session, multi-factor authentication and logging. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, shall take all necessary remedial measures, and shall be liable for all losses caused by an incident attributable to it.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including recipes, yields, prices and supplier details, shall use it only for this Agreement, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 12 Liability
P:12.1 Each party is liable for direct losses caused by its breach.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to breach of Articles 10 and 11, infringement claims, wilful misconduct or personal injury.
H:Article 13 Subcontracting
P:The Vendor may not subcontract any part of the services without the Customer's prior written consent, except to its Shanghai partner named in Annex 2. The Vendor remains responsible for all subcontractors.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages under Article 8 reach their maximum.
P:14.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Iceland.
P:15.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration under the Rules of the Arbitration Institute of the Iceland Chamber of Commerce, seated in Reykjavik, in the English language.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and mitigates the effects.
P:16.3 This Agreement is signed in two English originals, one for each party.
P:For the Vendor: Nordurfold Software ehf.  Name: ______________  Title: Managing Director
P:For the Customer: Haida Seafood Processing Co., Ltd.  Name: ______________  Title: General Manager
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Faroe vendor)
H586E02 = """# Order Form No. AQ-2026-0719

**Vendor:** AlduCloud P/F, Vaglid 4, 100 Tórshavn, Faroe Islands ("AlduCloud")

**Customer:** Fujian Lanhai Aquaculture Co., Ltd., 66 Gangkou Road, Lianjiang County, Fuzhou, Fujian Province, PRC ("Customer")

This Order Form is issued under, and incorporates, the AlduCloud General Terms set out below (together the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A. Order Details

**A.1 Service.** AlduCloud FarmLog, a cloud service for fish-health records, feeding plans, mortality reporting and net-pen inspection logs, for the Customer's eleven sea sites and its hatchery, with the mobile app for site staff.

**A.2 Subscription Term.** Two Subscription Years, from 1 April 2026 to 31 March 2028 ("Subscription Term"). Subscription Year 1 runs from 1 April 2026 to 31 March 2027 and Subscription Year 2 from 1 April 2027 to 31 March 2028.

**A.3 Fees (CNY, at the Customer's request, VAT included).**

| Item | Basis | Fee (CNY) |
|---|---|---|
| FarmLog subscription, 11 sites | 11 x 24,000 per Subscription Year | 264,000 per Subscription Year |
| Subscription, Subscription Years 1 and 2 | 2 x 264,000 | 528,000 |
| Onboarding (set-up, data import, training) | one-off | 58,000 |
| Total Contract Value | | 586,000 |

**A.4 Invoicing.** Subscription fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term (CNY 66,000 per quarter). The onboarding fee is invoiced after Go-Live Acceptance. No other amount is payable before the service starts. Invoices are payable within 30 days.

**A.5 Go-Live.** AlduCloud shall complete onboarding and make the service available for productive use at all sites by 15 May 2026.

**A.6 Customer contacts.** Mr. Lin Haoran (IT), Ms. Chen Jing (Fish Health).

**A.7 Renewal.** The Agreement ends at the end of the Subscription Term. Any further subscription requires a new Order Form signed by both parties.

## Part B. General Terms

### Section 1. Service

1.1 AlduCloud shall provide the service described in the Order Form and the Documentation and shall not materially reduce its functionality during the Subscription Term.

1.2 The Customer may permit its employees, veterinarians and contractors to use the service on its behalf. The Customer is responsible for their use of their accounts.

1.3 AlduCloud hosts the service for Chinese customers in a data centre in mainland China operated by a hosting provider named in the Documentation.

### Section 2. Onboarding and Acceptance

2.1 Onboarding covers configuration of sites, pens and species, import of existing health and feeding records from the Customer's spreadsheets, integration of the two feed barges' feeding-system exports, and training of site staff.

2.2 Go-Live Acceptance criteria: (a) all sites, pens and user accounts are set up as listed by the Customer; (b) imported records match the source spreadsheets on a sample of 300 records without error; (c) the mobile app records inspections offline and synchronises them within 5 minutes of regaining coverage; (d) daily feeding data from both barges is imported without manual correction for seven consecutive days.

2.3 When the criteria are met, the Customer signs a Go-Live Acceptance certificate within five business days or states in writing which criterion is not met.

2.4 Each party shall name an onboarding lead. AlduCloud shall provide a written onboarding plan within ten days after signature and report progress every week until Go-Live Acceptance.

2.5 If Go-Live Acceptance is delayed beyond the date in A.5 for reasons attributable to AlduCloud, AlduCloud shall pay the Customer CNY 600 for each day of delay.

### Section 2A. Customer Responsibilities

2A.1 The Customer shall provide its existing records in the spreadsheet formats agreed during onboarding, give AlduCloud access to the feed barges' export files, and make key users available for training sessions.

2A.2 The Customer shall keep its passwords secure, disable accounts of staff who leave, and inform AlduCloud promptly of any suspected unauthorised use of its accounts.

2A.3 The Customer is responsible for the accuracy of the data it enters and for its own fish-health and feeding decisions.

### Section 3. Service Levels

3.1 AlduCloud targets a monthly availability of the service of 99.95%, excluding planned maintenance announced three days in advance and carried out between 22:00 and 06:00 China time.

3.2 Priority 1 incidents (the service is unavailable or records cannot be saved) receive a response within 1 hour, at any time. Priority 2 incidents receive a response within 8 business hours.

3.3 The service levels in this Section 3 are targets. No service credits, fee reductions or other compensation apply if a target is missed. AlduCloud shall report monthly on availability and incidents.

### Section 4. Customer Data

4.1 Customer Data means all data entered into or generated by the service for the Customer. Customer Data belongs to the Customer. AlduCloud uses Customer Data only to provide the service under this Agreement.

4.2 AlduCloud shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and comply with applicable PRC data protection laws.

4.3 AlduCloud shall notify the Customer within 24 hours of any security incident affecting Customer Data, take remedial measures, and is responsible for losses caused by an incident attributable to its breach of this Section 4.

4.4 On expiry or termination AlduCloud shall export all Customer Data in CSV format within 30 days and then delete it.

### Section 5. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equal duties. This Section survives termination for three years.

### Section 6. Intellectual Property

6.1 AlduCloud retains all rights in the service, the software and the Documentation.

6.2 Reports, templates and data export formats configured specifically for the Customer belong to the Customer, and the Customer may use, modify and license them freely.

### Section 7. Fees and Taxes

7.1 Fees are fixed for the Subscription Term. Amounts are in CNY and include VAT.

7.2 Late payments bear interest at 0.03% per day after a written reminder.

### Section 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of stock, except in cases of wilful misconduct.

8.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

### Section 9. Subcontracting

9.1 AlduCloud may use the hosting provider named in the Documentation. Any other subcontractor requires the Customer's prior written consent.

9.2 AlduCloud remains responsible for the performance of its subcontractors.

### Section 10. Term and Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 If the Customer terminates for AlduCloud's breach, AlduCloud shall refund prepaid fees for the period after termination.

### Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.

### Section 11A. Support and Training

11A.1 Support is available in Chinese and English by telephone, e-mail and the in-app chat from 08:00 to 20:00 China time on all days, and for Priority 1 incidents at any time.

11A.2 AlduCloud shall provide two further training sessions for new site staff in each Subscription Year, online or at the Customer's premises in Lianjiang, at no extra charge.

11A.3 AlduCloud shall inform the Customer at least 30 days in advance of any change to the service that affects the Customer's use, and shall keep the mobile app compatible with current Android and iOS versions.

### Section 11B. Compliance

11B.1 Each party shall comply with the laws that apply to it in performing this Agreement, including anti-bribery laws.

11B.2 AlduCloud confirms that it holds the licences and filings required to provide the service to customers in mainland China, through its hosting provider, and shall keep them valid during the Subscription Term.

### Section 12. General

12.1 Notices must be in writing and sent to the contacts in the Order Form.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, including severe weather at sea, provided it informs the other party promptly and resumes performance as soon as possible.

12.4 This Agreement is the entire agreement of the parties on its subject and replaces earlier quotations and correspondence. Amendments must be in writing and signed by both parties.

12.5 This Order Form may be signed in counterparts and by electronic signature.

**Signed for AlduCloud P/F:** ____________________ (Director)

**Signed for Fujian Lanhai Aquaculture Co., Ltd.:** ____________________ (Legal Representative)

Date: 10 March 2026
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Gotland vendor, buyer's paper, compliant)
H586E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. YLCC-PUR-2026-022
P:Buyer: Yunnan Lengyuan Cold Chain Logistics Co., Ltd., 9 Wangjia Road, Guandu District, Kunming, Yunnan Province, PRC (the "Buyer").
P:Supplier: Gotlands Mätteknik AB, Södra Hansegatan 12, 621 56 Visby, Sweden (the "Supplier").
P:The Buyer operates a cold-storage and distribution centre in Kunming with 24 chambers for frozen food, fresh produce and pharmaceuticals. Following a competitive quotation, the Buyer has selected the Supplier to supply and install a wireless temperature and humidity monitoring system. This contract is on the Buyer's standard terms. Prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule. "Software" means the Supplier's ColdWatch monitoring software, licensed perpetually under this contract.
P:1.2 "System" means the Equipment and the Software installed and configured at the Buyer's site. "Site" means the Buyer's centre at 9 Wangjia Road, Kunming.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 420 wireless temperature and humidity sensors and 36 gateways, install the Software on the Buyer's server, configure alarms by chamber and product class, and train the Buyer's staff.
P:2.2 The Supplier shall survey the Site within 15 days after signature and submit an installation plan showing sensor positions, gateway locations, cable routes and the order of work by chamber. The plan requires the Buyer's written approval before installation starts.
P:2.3 The System shall meet GSP requirements for temperature records of pharmaceuticals and provide calibration certificates traceable to national standards for every sensor.
H:3. Price Schedule
P:3.1 The contract price is CNY 1,044,000, including VAT, transport, insurance, installation, calibration and training:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Wireless temperature and humidity sensor|420|1,180|495,600
TB:Gateway with 4G backup|36|6,400|230,400
TB:ColdWatch software, perpetual site licence|1|186,000|186,000
TB:Equipment and Software Subtotal|||912,000
TB:Installation, calibration and commissioning|1|118,000|118,000
TB:Training|1|14,000|14,000
TB:Contract Price|||1,044,000
P:3.2 The price is fixed and covers all services until the end of the warranty period.
H:4. Payment
P:4.1 The Buyer makes no advance payment.
P:4.2 The Buyer shall pay 65% of the contract price within 30 days after all Equipment is delivered and installed at the Site and the Supplier's invoice is received. Delivery and installation are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% within 30 days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the Site within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:5.2 Acceptance criteria: (a) every sensor reports to the Software at the configured interval, with no more than 0.1% of readings missing over a 14-day test run; (b) measured temperatures agree with a calibrated reference thermometer within 0.3 degrees Celsius at three points in each chamber; (c) alarms by SMS and app reach the duty staff within 60 seconds in tests for each chamber; (d) gateways switch to 4G backup without data loss when the site network is disconnected; (e) calibration certificates and GSP validation documents are delivered.
P:5.3 When the criteria are met the parties sign a Final Acceptance certificate. Installation, use of the System or any payment does not mean acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail early, and supply Software updates.
P:6.2 After the warranty period the Buyer may order support, including annual recalibration, battery replacement and Software updates, for 8% of the Equipment and Software Subtotal per year, being CNY 72,960 per year. This fee is fixed for the two years after the warranty and any later year is agreed in writing. Support does not renew automatically.
H:7. Service Levels
TB:Fault level|Example|Response|On site|Restore
TB:Critical|Software or alarms down for the Site or a whole chamber|30 minutes|8 hours|12 hours after arrival
TB:Major|Gateway failure or several sensors silent|2 hours|next business day|2 business days
TB:Minor|Single sensor fault, display issue|1 business day|as scheduled|5 business days
P:7.1 If the Supplier misses a Critical response or restore time, it shall pay CNY 800 for each hour of delay; for Major faults CNY 300 for each hour.
P:7.2 The Supplier keeps spare sensors and one spare gateway in Kunming.
H:7A. Supplier's Personnel and Site Rules
P:7A.1 The Supplier shall appoint a project manager who speaks Chinese or provide an interpreter at its own cost. The Supplier's staff and its approved installation partner shall follow the Buyer's site rules, including cold-room safety rules, protective clothing, the two-person rule in frozen chambers and the Buyer's hygiene rules for pharmaceutical areas.
P:7A.2 Installation work in chambers in use shall be scheduled with the Buyer's warehouse manager so that goods are not exposed to temperatures outside their storage range. The Supplier is responsible for damage to stored goods caused by its staff.
H:7B. Documentation and Training
P:7B.1 The Supplier shall deliver, in Chinese and English, the installation records, a sensor map of every chamber, calibration certificates, the GSP validation report, the user manual and the administrator manual.
P:7B.2 The Supplier shall train up to 20 of the Buyer's staff in the use of the Software, alarm handling, battery changes and the replacement of sensors, and provide a refresher course before the end of the warranty period.
H:7C. Spare Parts
P:The Supplier shall make spare parts and replacement sensors compatible with the System available for at least eight years after Final Acceptance, at prices not higher than the unit prices in the Price Schedule, adjusted only by the official consumer price index.
H:8. Delay Damages
P:If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
H:9. Data Security and Ownership
P:9.1 All temperature, humidity, alarm and user data recorded by the System belongs to the Buyer and is used by the Supplier only to perform this contract.
P:9.2 The System is hosted on the Buyer's server. The Supplier's remote access requires the Buyer's approval for each session and is logged. The Supplier shall not copy data off the Site, and shall protect passwords and keys it receives.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident it causes or discovers and is liable for the losses caused by an incident attributable to it.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's customer list and storage plans, and shall not disclose it without prior written consent. This obligation continues for three years after the contract ends.
H:11. Intellectual Property
P:11.1 Alarm configurations, chamber maps, reports and interface scripts made for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:11.2 The Software remains the Supplier's property and is licensed to the Buyer perpetually. The Supplier warrants that the Equipment and Software do not infringe third-party rights.
H:12. Liability
P:The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Its local installation partner must be approved in writing before work starts.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund amounts paid for Equipment or services not accepted.
H:15. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:16. General
P:16.1 The Annexes (technical specification, site plan, test plan) form part of this contract. If they conflict with these clauses, these clauses prevail.
P:16.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party within three days and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may end the contract by written notice.
P:16.3 Notices under this contract shall be in writing and sent to the addresses above or to the e-mail addresses of the project managers.
P:16.4 Amendments must be in writing and signed by both parties. This contract is signed in two originals in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 2 April 2026
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Bornholm vendor)
H586E04 = """# MANAGED ENERGY MONITORING SERVICE AGREEMENT

Agreement No. BEM-SXT-2026-03

This Agreement is made on 25 February 2026 between **Bornholm EnergiData ApS**, Store Torv 8, 3700 Rønne, Denmark ("Provider"), and **Shaoxing Huafang Textile Dyeing Co., Ltd.**, 88 Binhai Industrial Avenue, Keqiao District, Shaoxing, Zhejiang Province, PRC ("Customer").

The Customer runs a dyeing and finishing mill with boilers, stenters and dyeing machines and wishes to reduce its steam, gas and electricity use. The Provider installs and operates metering and analysis for industrial sites as a managed service. The parties agree as follows. All charges are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed energy monitoring and optimisation service described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer signs the Service Commencement certificate under clause 4.

1.3 "Service Term" means the period of 36 months from Service Commencement, expected to run from 1 May 2026 to 30 April 2029.

1.4 "Customer Data" means all meter readings, production data, reports and other data collected or produced in providing the Services.

## 2. SERVICES

2.1 The Provider shall install and maintain the meters and data loggers listed in Schedule 1, which remain the Provider's property, collect readings every minute, operate the EnergiData analysis platform, and deliver the monthly reports and optimisation recommendations described in Schedule 1.

2.2 The Provider shall assign a named energy engineer who visits the mill once a quarter and attends a monthly review call with the Customer's engineering manager.

2.3 The Provider shall carry out a baseline study during onboarding, measuring energy use by area and machine over four weeks of normal production, and agree the baseline with the Customer. Savings are measured against this baseline, adjusted for production volume and outdoor temperature.

2.4 The Customer shall give the Provider's staff safe access to the mill, provide a network connection for the data loggers and nominate a contact person.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,800,000.

3.2 The monthly service charge is invoiced monthly in arrears. The onboarding charge is invoiced after Service Commencement. The Customer makes no advance payment.

3.3 Invoices are payable within 30 days of receipt. Charges are fixed for the Service Term.

## 4. ONBOARDING AND SERVICE COMMENCEMENT

4.1 The Provider shall complete installation and onboarding by 30 April 2026.

4.2 Service Commencement criteria: (a) all meters in Schedule 1 installed and reporting; (b) meter readings reconcile with the utility bills for the preceding month within 2%; (c) dashboards for each production area available to the named users; (d) the baseline energy report approved by the Customer.

4.3 When the criteria are met the Customer signs the Service Commencement certificate within five business days or states in writing which criterion is not met.

4.4 If Service Commencement is delayed for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of 0.2% of the Total Contract Value for each full week of delay, up to 5% of the Total Contract Value.

## 5. SERVICE LEVELS

5.1 The service levels and service credits are set out in Schedule 3.

5.2 Service credits are deducted from the next invoice. They do not limit the Customer's right to terminate under clause 11.

## 5A. PROVIDER'S EQUIPMENT AND SITE WORK

5A.1 The meters and loggers remain the Provider's property and are insured by the Provider. The Customer shall not move or open them without the Provider's agreement, except in an emergency.

5A.2 The Provider's staff and the installation electrician shall follow the mill's safety rules, hold valid electrical work permits, and carry out any work on live panels only under the Customer's permit-to-work procedure. Installation that requires a shutdown shall be scheduled during the mill's planned maintenance stops.

5A.3 The Provider is responsible for damage to the Customer's property caused by its staff or its subcontractors.

## 5B. REPORTING AND REVIEWS

5B.1 Each monthly report shall show energy use by area and machine, energy per tonne of fabric, deviations from the baseline, the status of agreed savings measures, and the service levels achieved in the month.

5B.2 Each quarter the parties review the savings measures. The Customer decides which measures to implement; the Provider shall support implementation with advice but is not responsible for works carried out by other contractors.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and shall not use it for benchmarking, product development or any other purpose.

6.2 At the end of the Service Term the Provider shall hand over all Customer Data in CSV format.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's production volumes, recipes, costs and energy prices, shall use it only for this Agreement, and shall not disclose it to third parties without the other party's prior written consent.

7.2 This clause survives the end of this Agreement for three years.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the EnergiData platform and its standard reports.

8.2 Reports, energy models and optimisation studies prepared specifically for the Customer belong to the Customer, which may use, modify and share them freely.

## 9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit, except for wilful misconduct.

9.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury and wilful misconduct.

## 10. SUBCONTRACTING

The Provider shall not subcontract the Services or any part of them without the Customer's prior written consent, except for the installation electrician named in Schedule 1. The Provider remains responsible for all subcontractors.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Service Term. It may be extended only by written agreement of both parties; there is no automatic renewal.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if availability falls below the level in Schedule 3 in three consecutive months.

11.3 On expiry or termination the Provider shall remove its meters and loggers at its own cost and restore the installation points.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. GENERAL

13.1 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above.

13.2 Neither party is liable for delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to limit the effects.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It is signed in two English originals with a Chinese translation for reference; the English text prevails.

## SCHEDULE 1. SERVICE DESCRIPTION

| Element | Description |
|---|---|
| Metering | 46 electricity meters, 14 steam flow meters, 6 gas meters, 9 water meters, with data loggers |
| Data collection | Readings every minute, stored on the EnergiData platform hosted in mainland China |
| Dashboards | Energy per production area, per machine and per tonne of fabric, for up to 20 named users |
| Reports | Monthly energy report, quarterly optimisation report with savings estimates |
| Engineer | Named energy engineer, quarterly site visit, monthly review call |
| Installation partner | Keqiao Jianxin Electrical Engineering Co., Ltd. |

## SCHEDULE 2. CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (meters, loggers, installation, baseline study) | one-off | 126,000 |
| Monthly service charge | 36 x 46,500 | 1,674,000 |
| Total Contract Value | | 1,800,000 |

## SCHEDULE 3. SERVICE LEVELS AND CREDITS

| Measure | Level | Service credit |
|---|---|---|
| Platform availability | 99.98% per month | 3% of the monthly charge for each 0.1 point below the level |
| Priority 1 response (platform down or no data from the mill) | 30 minutes | CNY 500 for each hour of delay |
| Priority 2 response (a meter group not reporting) | 2 business hours | CNY 200 for each hour of delay |
| Failed meter replaced | 3 business days | CNY 100 per meter per day |
| Monthly report delivered | by the 8th business day | CNY 1,000 per late report |

Credits in any month are limited to 25% of that month's service charge.

Signed for Bornholm EnergiData ApS: ____________________

Signed for Shaoxing Huafang Textile Dyeing Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses, Saaremaa vendor, data API)
H586E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SMD-ZF-2026-11

PARTIES
Saaremere Data OU, Tallinna 27, 93811 Kuressaare, Saaremaa, Estonia ("Provider"); and
Zhoushan Dongfang Ferry Co., Ltd., 5 Putuo Harbour Road, Zhoushan, Zhejiang Province, PRC ("Customer").

BACKGROUND
The Provider publishes marine weather, wind, wave and sea-fog forecasts through a data API. The Customer operates passenger and vehicle ferries between the Zhoushan islands and wants to use the forecasts in its sailing-decision and passenger-notice systems. The parties therefore agree as follows. All fees are stated in CNY at the Customer's request.

1. DEFINITIONS
1.1 "API" means the Provider's SeaCast forecast API, version 3, and its documentation.
1.2 "Data" means forecast and observation data delivered through the API.
1.3 "Subscription Year" means each of the two periods from 1 May 2026 to 30 April 2027 and from 1 May 2027 to 30 April 2028.
1.4 "Customer Data" means route definitions, vessel identifiers, positions, API keys and any other information the Customer sends to the API.
1.5 "Integration Acceptance" means the Customer's written acceptance under clause 5.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive right during the two Subscription Years to call the API and to use the Data in its own operations, including display to passengers on screens, its website and its mobile app.
2.2 The subscription covers the Zhoushan sea area and the approaches to Ningbo, at a 1 km grid for wind and waves, updated hourly, with forecasts up to 72 hours ahead.
2.3 The Standard tier includes up to 2,000,000 API calls per month. Calls above that volume are charged under clause 3.3.

3. FEES
3.1 The fees are:
   API subscription, Standard tier: CNY 188,000 per Subscription Year
   Subscription Years 1 and 2: CNY 376,000
   Integration support (one-off): CNY 26,000
   Total contract value: CNY 402,000
3.2 Subscription fees are invoiced quarterly in advance, at the start of each quarter of each Subscription Year (CNY 47,000 per quarter). The integration support fee is invoiced after Integration Acceptance. No other amount is due before the service starts.
3.3 Calls above the monthly volume are charged at CNY 0.06 per 1,000 calls, invoiced quarterly in arrears.
3.4 Fees are fixed for the two Subscription Years and include VAT. Invoices are payable within 30 days.

4. INTEGRATION SUPPORT
4.1 The Provider shall help the Customer connect the API to its sailing-decision system and its passenger-notice screens, including a route-based alert adapter that converts forecasts into the Customer's sailing thresholds for each route.
4.2 The Provider shall complete integration support by 15 May 2026. It shall name an integration engineer, hold a kick-off meeting with the Customer's technical contact within five business days after signature, and provide a test environment with sample forecasts for all routes.
4.3 The Provider shall provide sample code in Python and Java, a sandbox key with the same functions as the production API, and answers to technical questions from the Customer's developers within one business day during integration support.
4.4 If Integration Acceptance is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. INTEGRATION ACCEPTANCE
5.1 Acceptance criteria: (a) the API delivers forecasts for all eleven routes listed by the Customer; (b) the alert adapter produces correct alerts for the test cases agreed in advance, including gale and sea-fog cases; (c) the API answers 95% of calls within 800 milliseconds over a seven-day test; (d) passenger-notice screens update within 10 minutes of a new forecast.
5.2 When the criteria are met, the Customer signs an acceptance note within five business days or states in writing which criterion is not met. Use of the API before acceptance does not count as acceptance.

6. SERVICE LEVELS
6.1 The API shall be available 99.95% of each calendar month, excluding planned maintenance announced 48 hours in advance.
6.2 Priority 1 incidents (the API does not answer or returns no forecast for the Customer's area) receive a response within 8 business hours. Priority 2 incidents receive a response within 2 business days.
6.3 If monthly availability falls below the level in 6.1, the Customer receives a service credit of 5% of that quarter's subscription fee for each 0.1 point below the level, up to 25% of that quarter's fee. Credits are deducted from the next invoice.

6A. SUPPORT
6A.1 The Provider shall provide technical support by e-mail and through its support portal in English, and by telephone through its Chinese-speaking support engineer from 08:00 to 18:00 China time on business days.
6A.2 The Provider shall publish release notes for each change to the API and give at least 90 days' notice before withdrawing any API version used by the Customer.
6A.3 The Provider shall send a monthly service report showing availability, incidents, call volumes and response times.

6B. CUSTOMER RESPONSIBILITIES
6B.1 The Customer shall keep its API keys secure, use the API only through its own systems, and inform the Provider promptly of any suspected misuse of its keys.
6B.2 The Customer shall not resell the Data or provide it to third parties as a data feed. Display to passengers and use by the maritime authorities in the course of the Customer's operations are permitted.
6B.3 The Customer shall name a technical contact and make its sailing-decision system available for testing during integration support.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the API to the Customer, and shall not sell, share or analyse it for any other purpose.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named engineers, multi-factor authentication and access logs, and shall comply with the PRC Personal Information Protection Law and Data Security Law where they apply.
7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data or API keys, take remedial measures, and is liable for losses caused by an incident attributable to it.
7.4 On expiry the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The API, the forecasting models and the Data remain the Provider's property, licensed to the Customer as set out in clause 2.
8.2 The alert adapter and any configuration made specifically for the Customer under clause 4 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver the adapter's source code at Integration Acceptance.

9. RENEWAL
9.1 At the end of Subscription Year 2 this Agreement renews for one further Subscription Year at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the term.
9.2 Any change of fees for a later period requires the written agreement of both parties.

10. SUBCONTRACTING
10.1 The Provider hosts the API with the cloud provider named in the documentation. It shall not use any other subcontractor for the services without the Customer's prior written consent.
10.2 The Provider remains responsible for its subcontractors.

11. LIABILITY
11.1 The Data are forecasts. The Customer remains responsible for its sailing decisions, and the Provider is not liable for the outcome of those decisions, provided the Data were delivered as described in clause 2.
11.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct and breach of clause 7.

12. TERMINATION
12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if availability falls below the level in 6.1 in three months of any Subscription Year.
12.2 On termination the Provider shall refund subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

14. GENERAL
14.1 Amendments must be in writing and signed by both parties.
14.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.
14.3 This Agreement is signed in two English originals, one for each party.
14.4 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business.
14.5 Notices under this Agreement shall be in writing and sent to the addresses above or to the e-mail addresses named by the parties.
14.6 If any provision of this Agreement is invalid, the remaining provisions remain in force and the parties shall replace the invalid provision with a valid one of similar effect.

For Saaremere Data OU: ____________________ (Management Board Member)
For Zhoushan Dongfang Ferry Co., Ltd.: ____________________ (General Manager)
Date: 14 April 2026
"""

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def label(file, lang, cat, vals, sla, ld, deemed, value, capped=None):
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
N = None
LABELS = {
    "h586z01": label("h586z01_food_traceability_platform_licence.pdf", "zh", "software",
                     [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 9, False, True, False,
                      "PRC", G], True, True, False, 1540000, capped=True),
    "h586z02": label("h586z02_brickworks_stacking_robot_control_retrofit.docx", "zh", "hardware",
                     [N, 1, True, "buyer", True, True, True, 0.03, N, 20, True, True, 18, 26, False, True, False,
                      "PRC", G], True, True, False, 1384000, capped=True),
    "h586z03": label("h586z03_eye_clinic_chain_booking_optometry_saas.txt", "zh", "cloud",
                     [99.5, 0.5, True, "buyer", True, False, True, 0.08, 150, N, True, N, N, N, True, True, False,
                      "PRC", S], True, True, False, 1163200),
    "h586z04": label("h586z04_bus_group_e_stop_sign_annual_om.txt", "zh", "services",
                     [N, 0.5, True, "buyer", True, True, True, 2000 / 1427560 * 100, N, N, True, N, N, N, False,
                      False, True, N, S], True, True, False, 1427560),
    "h586z05": label("h586z05_herbal_tea_decoction_workshop_software_supplier_template.md", "zh", "software",
                     [N, N, False, "supplier", True, True, True, N, 20, 65, False, False, 6, N, False, True, N, N, G],
                     False, False, True, 840000, capped=False),
    "h586e01": label("h586e01_fish_processing_yield_software_licence_iceland.pdf", "en", "software",
                     [N, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
                      "Iceland", G], True, True, False, 1542000, capped=True),
    "h586e02": label("h586e02_aquaculture_farm_records_saas_order_form_faroe.md", "en", "cloud",
                     [99.95, 1, False, "buyer", True, True, True, 600 / 586000 * 100, 6 / 24 * 100, N, True, N, N, N,
                      False, True, False, "PRC", S], True, True, False, 586000),
    "h586e03": label("h586e03_cold_store_sensors_purchase_gotland.docx", "en", "hardware",
                     [N, 0.5, True, "buyer", True, True, True, 0.1, 200, N, True, True, 36, 8, False, True, False,
                      "PRC", G], True, True, False, 1044000, capped=True),
    "h586e04": label("h586e04_textile_mill_managed_energy_monitoring_bornholm.md", "en", "services",
                     [99.98, 0.5, True, "buyer", False, True, True, 0.2 / 7, 150, N, True, N, N, N, False, True, False,
                      "PRC", S], True, True, False, 1800000),
    "h586e05": label("h586e05_ferry_marine_forecast_data_api_saaremaa.txt", "en", "cloud",
                     [99.95, 8, True, "buyer", True, True, False, 300 / 402000 * 100, 150, N, True, N, N, N, False,
                      True, False, "PRC", S], True, True, False, 402000),
}

# TCO fee base (itemised licence / hardware subtotal) for the goods_or_licence drafts
TCO_BASE = {"h586z01": 860000, "h586z02": 1272000, "h586z05": 420000, "h586e01": 1117000, "h586e03": 912000}
FOREIGN_FORUM = {"h586e01"}  # arbitration seated in Reykjavik

DESIGN = {
    "h586z01": [],
    "h586z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h586z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h586z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h586z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h586e01": ["CR-GOVERNING-LAW"],
    "h586e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h586e03": [],
    "h586e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h586e05": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years_after = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key] * years_after
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key):
    """My own reading of policy.md section 3, applied to the label."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == G
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def check_labels():
    covered = set()
    for key, lab in LABELS.items():
        rules = derive_rules(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        lab["expected_rules"] = rules
        covered |= set(rules)
        t = lab["expected_terms"]
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9, key
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, key
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
        share = tco_share(key)
        assert share is None or abs(share - 40) > 2, (key, share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(v) for k, v in DESIGN.items()}
    assert [k for k, c in counts.items() if c == 0] == ["h586z01", "h586e03"]
    assert DESIGN["h586e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["h586e01"]) == "low"
    assert sorted(k for k, c in counts.items() if 2 <= c <= 3) == sorted(
        ["h586z02", "h586z03", "h586z04", "h586e02", "h586e04", "h586e05"])
    assert counts["h586z05"] >= 8


def check_sums():
    assert 860000 + 524000 + 118000 + 38000 == 1540000 and 860000 * 9 // 100 == 77400
    assert 6 * 138000 == 828000 and 6 * 46000 == 276000 and 828000 + 276000 + 168000 == 1272000
    assert 1272000 + 96000 + 16000 == 1384000 and 1272000 * 26 // 100 == 330720
    assert 14 * 21600 == 302400 and (302400 + 36000) * 3 + 148000 == 1163200 and 338400 // 4 == 84600
    assert 862 * 1380 == 1189560 and 1189560 + 96000 + 142000 == 1427560
    assert 420000 + 356000 + 64000 == 840000
    assert 3 * 286000 + 14 * 18500 == 1117000 and 1117000 + 214000 + 168000 + 43000 == 1542000
    assert 1117000 * 11 // 100 == 122870
    assert 11 * 24000 == 264000 and 2 * 264000 + 58000 == 586000 and 264000 // 4 == 66000
    assert 420 * 1180 == 495600 and 36 * 6400 == 230400 and 495600 + 230400 + 186000 == 912000
    assert 912000 + 118000 + 14000 == 1044000 and 912000 * 8 // 100 == 72960
    assert 36 * 46500 == 1674000 and 1674000 + 126000 == 1800000
    assert 2 * 188000 + 26000 == 402000 and 188000 // 4 == 47000
    for pays in ([20, 45, 35], [20, 45, 35], [65, 35], [10, 55, 35], [65, 35]):
        assert sum(pays) == 100


# ================================================================ threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN = "零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    ("availability 99.9", NUM + r"99\.9(?!\d)"), ("availability 99.9 zh", "九十九点九(?![" + CN + "])"),
    ("P1 4 h", NUM + r"4\s*(?:小时|hours?|hrs?|h(?![a-z]))"), ("P1 4 h zh", "四个?小时"),
    ("P1 4 h en", r"four[\s-]*hours?"), ("P1 240 min", NUM + r"240\s*(?:分钟|min)"),
    ("LD 0.05", NUM + r"0\.05" + PCT), ("LD 万分之五", "万分之五(?![" + CN + "])"),
    ("cap 100", NUM + r"100" + PCT), ("cap 百分之百", "百分之(?:一)?百(?![" + CN + "])"),
    ("prepay 30", NUM + r"30" + PCT), ("prepay 百分之三十", "百分之三十(?![" + CN + "])"), ("prepay 三成", "三成"),
    ("warranty 12", NUM + r"12\s*-?\s*(?:个月|months?)"), ("warranty 十二个月", "十二个?月"),
    ("warranty twelve", r"twelve[\s-]*months?"), ("warranty 一年", "一年"), ("warranty one year", r"one[\s-]*years?"),
    ("warranty 1 year", NUM + r"1\s*-?\s*(?:年|years?(?![a-z]))"),
    ("fee 15", NUM + r"15" + PCT), ("fee 百分之十五", "百分之十五(?![点" + CN + "])"),
    ("TCO 40", NUM + r"40" + PCT), ("TCO 百分之四十", "百分之四十(?![" + CN + "])"), ("TCO 四成", "四成"),
    ("horizon 5 years", NUM + r"5\s*-?\s*(?:年|years?(?![a-z]))"), ("horizon 五年", "五年"),
    ("horizon five years", r"five[\s-]*years?"), ("horizon 60 months", NUM + r"60\s*-?\s*(?:个月|months?)"),
    ("horizon 六十个月", "六十个月"), ("horizon sixty", r"sixty[\s-]*months?"),
]
RX = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "0.05 per cent", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "12-month",
            "一年", "one year", "1 year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years",
            "60 months", "60个月", "4 hours", "within 4h"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.98%", "115%", "0.15%", "150%", "2025年", "2026年3月1日", "万分之五十",
             "服务年度", "Subscription Year 1", "14小时", "0.055%", "130%", "300%", "25%", "35%", "百分之三十五",
             "4 business days", "Section 4 Hosting", "1,100 units", "45 days"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in RX:
            m = rx.search(variant)
            if m:
                hits.append((name, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits("甲 " + s + " 乙"), s
    for s in MUST_MISS:
        assert not threshold_hits("甲 " + s + " 乙"), (s, threshold_hits(s))


# ================================================================ build and read back
SOURCES = {"h586z01": H586Z01, "h586z02": H586Z02, "h586e01": H586E01, "h586e03": H586E03}
TARGETS = {"h586z01": (LABELS["h586z01"]["file"], "pdf"), "h586z02": (LABELS["h586z02"]["file"], "docx"),
           "h586e01": (LABELS["h586e01"]["file"], "pdf"), "h586e03": (LABELS["h586e03"]["file"], "docx")}
PLAIN = {"h586z03": H586Z03, "h586z04": H586Z04, "h586z05": H586Z05, "h586e02": H586E02, "h586e04": H586E04,
         "h586e05": H586E05}
ALL_SRC = {**SOURCES, **PLAIN}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    check_sums()
    check_labels()
    for key, src in PLAIN.items():
        (OUT / LABELS[key]["file"]).write_text(src, encoding="utf-8")
        print("wrote", LABELS[key]["file"])
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    bad = []
    for key in LABELS:
        lab = LABELS[key]
        text = read_back(OUT / lab["file"])
        for name, ctx in threshold_hits(ALL_SRC[key]) + threshold_hits(text):
            bad.append((key, name, ctx))
        if lab["language"] == "zh":
            n = len(text)
            ok = 2750 <= n <= 3000
            nows = len(re.sub(r"\s", "", text))
            print(f"{lab['file']}: {n} characters ({nows} without whitespace) {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{lab['file']}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        if not ok:
            bad.append((key, "length", n))
        share = tco_share(key)
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk:", risk(lab["expected_rules"]),
              "| TCO share: %.2f %%" % share if share is not None else "")
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    for b in bad:
        print("PROBLEM", b)
    assert not bad


if __name__ == "__main__":
    main()
