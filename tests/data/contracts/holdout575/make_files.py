"""holdout575: builds the ten contracts (txt/md written as is; .docx/.pdf via ../word_pdf.py), writes the labels,
derives each draft's expected rules from its labels (own reading of policy.md section 3), scans every source and
built file for threshold figures and checks the text lengths. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:危险化学品安全监管平台软件许可及定制开发合同
P:合同编号：YJJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青川市应急管理局　　地址：青川市政务中心B座6层
P:乙方（供应商）：江蓝安信软件技术有限公司　　地址：南州市高新区创业路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号QC-YJ-2026-03）、乙方投标文件，甲乙双方就青川市危险化学品安全监管平台建设项目，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供危化品安全监管平台软件（V5.2）永久使用许可，并按甲方需求完成定制开发、数据对接与迁移、部署实施及培训。
P:1.2 定制开发内容包括：危化品企业风险分级管控模块、重大危险源在线监测预警接入（覆盖全市43家重大危险源企业）、执法检查移动端、危化品运输车辆电子运单对接、领导驾驶舱。
P:1.3 平台部署于甲方政务云，乙方负责与省级应急管理综合应用平台、市市场监管局企业登记库的数据接口开发。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾肆万元整（¥2,540,000），含税，包括下列各项：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含市级、区县级账号不限数量）|1,260,000
TB:2|定制开发（1.2条所列五个模块）|980,000
TB:3|数据对接与历史数据迁移|214,000
TB:4|部署实施及培训|86,000
TB:合计||2,540,000
P:2.2 上述价款为固定总价，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订并收到乙方有效发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥508,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥1,143,000。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥889,000。
P:3.4 甲方按财政国库集中支付程序付款，乙方应按甲方要求提供发票及相关资料。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，具备初验条件；初验后进入60日试运行。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制开发部分的源代码。
H:第五条 验收
P:5.1 初验标准：（1）招标文件功能清单逐项实现；（2）43家重大危险源企业监测数据全部接入，数据延迟不超过10秒；（3）300个并发用户下页面响应时间不超过3秒；（4）第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障，历史数据迁移经甲方抽查比对无差错，全部文档及源代码交付齐全，并通过网络安全等级保护测评。
P:5.3 验收由甲方组织，邀请相关专家参加，验收合格后签署验收报告。平台上线试运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥100,800），该费率在质保期满后三个服务年度内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%（计划内维护除外，计划维护须提前三日通知甲方）。
P:7.2 一级故障（平台整体不可用或监测预警功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 月度可用率每低于约定标准0.1个百分点，乙方支付违约金人民币2,000元；一级故障响应或到场每迟延1小时，乙方支付违约金人民币1,000元，甲方可从应付款项中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，甲方依本合同享有永久使用许可。
P:8.2 定制开发成果（包括源代码、接口程序、数据库设计及文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的全部企业信息、监测数据、执法记录及其衍生数据均属于甲方，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《网络安全法》及等级保护要求，远程运维须经甲方审批并通过堡垒机进行，不得私自复制、导出任何数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工作秘密、企业商业信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同义务全部或部分转让、分包给第三方。
H:第十二条 违约责任
P:12.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:12.2 乙方交付成果未通过验收的，应在15日内免费整改；整改后仍不合格的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指派具有高级工程师职称的项目经理常驻甲方现场，项目核心人员名单作为投标承诺，未经甲方书面同意不得更换；确需更换的，替换人员资历不得低于原人员。
P:15.2 乙方应每周提交项目周报，每月参加甲方组织的项目例会，如实报告进度、风险及需甲方协调的事项。
P:15.3 乙方应为甲方业务人员、区县应急管理部门及重点企业安全管理人员分批组织培训，培训不少于12场次，并提供培训教材和考核记录。
H:第十六条 不可抗力
P:16.1 因地震、洪水、战争、疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任，履行期限相应顺延。
H:第十七条 通知与廉洁
P:17.1 双方往来通知以书面形式送达本合同首部所列地址。乙方不得向甲方工作人员提供任何形式的不正当利益，违反的，甲方有权解除合同。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及附件为本合同组成部分。
P:甲方（盖章）：青川市应急管理局　　代表签字：________　　日期：2026年3月__日
P:乙方（盖章）：江蓝安信软件技术有限公司　　代表签字：________　　日期：2026年3月__日
"""

Z02 = """T:造粒塔DCS控制系统改造及维保合同
P:合同编号：HFC-SB-2026-0311
P:甲方（买方）：鲁西北丰源化肥有限公司　　地址：德平县化工园区纬三路9号
P:乙方（卖方）：齐鲁智控自动化工程有限公司　　地址：济阳市经开区智造大道126号
P:鉴于甲方尿素造粒塔原有控制系统已运行多年，备件停产，甲方经邀请招标确定由乙方承担造粒塔DCS控制系统改造项目。双方依据《中华人民共和国民法典》订立本合同。
H:1. 工程范围
P:1.1 乙方负责造粒塔DCS控制系统的设计、供货、组态编程、安装、调试、投运及培训，包括控制器及I/O卡件、操作员站与工程师站、组态及先进控制（APC）软件许可、现场称重与温度仪表、变频器改造。
P:1.2 改造须在甲方年度停车检修窗口（计划为2026年8月10日至8月31日）内完成切换，不得延误甲方开车。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰伍拾伍万肆仟元整（¥2,554,000），含13%增值税。分项如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O卡件（冗余）|1套|1,180,000
TB:2|操作员站、工程师站及网络设备|6台套|196,000
TB:3|DCS组态软件及APC先进控制软件许可|1套|348,000
TB:4|现场称重、温度仪表及变频器|1批|412,000
TB:软硬件小计|||2,136,000
TB:5|组态编程与系统调试|1项|238,000
TB:6|安装及电缆敷设|1项|156,000
TB:7|操作与维护培训|1项|24,000
TB:合计|||2,554,000
H:3. 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款（¥255,400）。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%（¥893,900）；到货签收不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%（¥1,277,000）。
P:3.4 剩余5%（¥127,700）作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:4. 交货、安装与调试
P:4.1 乙方应于2026年7月20日前将全部设备运抵甲方现场，并在停车检修窗口内完成安装、接线和回路调试。
P:4.2 乙方应在投运前完成离线仿真测试，并提交控制方案、联锁逻辑表和切换方案，经甲方工艺、仪表部门会签后实施。
H:5. 验收
P:5.1 系统投运后连续稳定运行72小时，且满足以下标准的，方可进行最终验收：（1）控制回路自动投用率不低于95%；（2）造粒塔出口温度控制偏差不超过±1.5℃；（3）联锁、报警全部经实际测试动作正确；（4）操作员站画面刷新不超过1秒；（5）技术资料、组态备份和源程序交付齐全。
P:5.2 最终验收由甲方组织，双方签署验收报告。设备安装完毕或投入运行本身不视为验收合格。
H:6. 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备、软件的故障由乙方免费维修或更换。
P:6.2 一级故障（造粒塔停车、主控制器或冗余网络故障）乙方应在15分钟内电话响应，2小时内到达现场；二级故障1小时内响应，24小时内到场处理。
P:6.3 乙方响应或到场每迟延1小时，向甲方支付人民币2,000元，从质量保证金或应付款中扣除。
P:6.4 质保期满后，乙方按软硬件小计的9%收取年度维保费，即每年¥192,240，该价格在质保期满后三个服务年度内固定不变，维保服务内容与质保期相同。
H:7. 知识产权
P:7.1 组态程序、控制策略、APC模型参数及联锁逻辑等为甲方装置专门编制的成果，其知识产权归甲方所有，甲方可自行修改或交由他人维护。
P:7.2 DCS系统软件及APC软件平台的知识产权归原厂所有，甲方享有永久使用许可。
H:8. 数据与工控安全
P:8.1 装置运行数据、工艺参数和配方数据均属于甲方，乙方不得复制、带离现场或用于其他目的。
P:8.2 乙方应按工业控制系统安全防护要求实施改造，不得预留远程访问通道，移动介质须经甲方查杀后使用。
P:8.3 因乙方原因造成数据泄露或控制系统被攻击的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:9. 保密
P:9.1 乙方对甲方工艺流程、控制参数、图纸和商业信息负有保密义务，未经甲方书面同意不得披露给第三方。
H:10. 分包
P:10.1 电缆敷设和桥架安装工作，乙方可委托具备相应资质的安装单位实施，但应提前五个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成投运的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但故意或重大过失造成的损失除外。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求赔偿。
H:13. 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交德平仲裁委员会仲裁。
H:14. 项目管理与安全文明施工
P:14.1 乙方应指派具有化工DCS项目经验的项目经理和不少于三名调试工程师，在停车检修期间驻厂工作，人员名单经甲方确认后不得随意更换。
P:14.2 乙方人员进入甲方厂区须遵守甲方安全管理制度，参加入厂安全教育，办理动火、登高、受限空间等作业票证，按要求佩戴劳动防护用品。因乙方人员违章作业造成安全事故的，由乙方承担责任。
P:14.3 乙方应编制详细的切换方案和应急回退方案，切换期间安排专人值守，确保新旧系统切换过程中装置安全。
P:14.4 乙方应在投运后首个月内每周对控制回路进行整定复查，并向甲方提交回路整定记录和运行分析报告。
H:15. 培训与技术资料
P:15.1 乙方应在投运前对甲方操作人员、仪表维护人员进行系统操作和日常维护培训，培训不少于5天，并在投运后安排工程师跟班指导两周。
P:15.2 乙方应交付系统配置图、I/O清单、控制回路说明、联锁逻辑图、组态程序备份、设备说明书及合格证等全部技术资料，纸质版和电子版各一套。
P:15.3 乙方应随设备提供两年运行所需的易损备件清单及报价，并在质保期内保证关键备件库存，确保故障卡件可在24小时内更换。
H:16. 不可抗力
P:16.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:17. 通知与变更
P:17.1 双方的通知应以书面形式送达本合同首部所列地址。合同变更须经双方书面确认，乙方不得以甲方口头要求为由增加费用。
P:17.2 因甲方工艺变更增加控制回路或联锁的，双方按本合同单价协商确定增加费用；减少的，相应核减合同价款。
H:18. 其他
P:18.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：鲁西北丰源化肥有限公司　　乙方（盖章）：齐鲁智控自动化工程有限公司
P:授权代表：________　　授权代表：________　　日期：2026年4月__日
"""

Z03 = """连锁门店供应链管理系统（SaaS）订阅及实施合同

合同编号：LXHG-IT-2026-008
甲方（客户）：蜀香里餐饮管理（成都）有限公司
地址：成都市锦江区东大街紫东楼段35号
乙方（服务商）：云链智采信息科技有限公司
地址：成都市高新区天府大道中段1268号

鉴于甲方经营“蜀香里”连锁火锅品牌，在成都、重庆、绵阳等地共有28家直营门店及1个中央厨房，拟通过乙方的供应链SaaS系统统一管理门店要货、中央厨房生产、配送、收货及供应商结算，双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“云链智采”供应链SaaS服务，包括门店要货、中央厨房生产计划、仓储配送、门店收货、库存盘点、供应商门户及财务对账模块，账号覆盖28家门店、中央厨房和总部。
（二）乙方负责实施服务：业务调研、基础资料（约2,600个物料、160家供应商）整理导入、与甲方收银系统及金蝶ERP的接口开发、门店上线培训。
（三）乙方为甲方定制菜品BOM成本分析报表和门店损耗看板。

二、服务期限
（一）订阅服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。
（二）服务期满前60日内双方均未书面提出终止的，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据其成本情况上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方在续期前30日书面通知甲方即可，无需甲方同意。

三、费用
（一）订阅费：每家门店每服务年度人民币9,600元，28家门店合计每服务年度人民币268,800元，中央厨房及总部账号不另收费。
（二）实施费：人民币156,000元，为一次性费用。
（三）本合同总价为人民币962,400元（三个服务年度订阅费806,400元及实施费156,000元）。

四、付款方式
（一）订阅费按季度结算，每季度结束后10个工作日内，乙方出具服务报告及发票，甲方在收到后15个工作日内支付该季度订阅费67,200元。
（二）实施费在系统通过上线验收后15个工作日内一次性支付。
（三）甲方无需向乙方支付任何预付款。

五、实施与上线验收
（一）乙方应于2026年6月30日前完成全部28家门店及中央厨房上线。
（二）上线验收标准：1. 全部门店完成要货、配送、收货、盘点全流程连续运行14天；2. 与收银系统及ERP的数据对账差异率不高于0.5%；3. 定制报表数据经甲方财务抽查无误；4. 完成各门店店长及库管培训。
（三）验收由甲方组织，验收合格后双方签署上线验收确认单。系统开通或甲方开始使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，向甲方支付人民币800元违约金。

六、服务水平
（一）系统月度可用率不低于99.95%，每月计划维护不超过2次，须在凌晨2点至6点之间进行并提前3日通知。
（二）一级故障（全部或多家门店无法要货、收货）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决。
（三）月度可用率低于约定标准的，每低于0.05个百分点，扣减当季订阅费的2%；一级故障未按时恢复的，每次扣减当季订阅费的1%，当季扣减合计不超过当季订阅费的20%。

七、数据安全与数据归属
（一）甲方在系统中录入或产生的全部数据，包括门店经营、采购价格、供应商及库存数据，均归甲方所有，乙方仅可为向甲方提供本合同服务而处理，不得用于任何其他目的。
（二）乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、访问权限控制、操作日志留存等措施，云平台须通过网络安全等级保护三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除其保存的甲方数据。

八、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、看板及接口程序的知识产权归甲方所有，甲方可自由使用、修改或许可他人使用。

九、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十、违约责任与责任限额
（一）任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
（二）乙方在本合同项下的赔偿责任总额以本合同总价的150%为限，但因数据泄露造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除合同，乙方应退还已预收但未提供服务部分的费用。
（二）甲方门店关闭或减少的，可提前30日书面通知乙方相应减少订阅门店数量，订阅费按实际门店数调整。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三、项目人员与培训
（一）乙方应指定一名项目经理负责实施，并配备不少于三名实施顾问，上线期间按门店上线计划到店支持。
（二）乙方应为甲方总部采购、财务、中央厨房及各门店店长、库管人员提供操作培训，编制图文操作手册和短视频教程，新开门店上线时免费提供远程培训。
（三）服务期内乙方每季度与甲方召开一次服务回顾会议，报告系统运行、故障处理和需求改进情况。

十四、服务变更
（一）甲方新开门店的，按每家门店每服务年度9,600元的单价增加订阅，当期不足一个服务年度的按月折算。
（二）甲方提出的功能需求变更，双方另行书面确认工作量和费用后实施。

（三）甲方门店因装修暂停营业的，经甲方书面通知，该门店暂停期间的订阅费可顺延计算。
（四）中央厨房增加生产线或仓库的，乙方应在10个工作日内完成配置，不另收取订阅费。

（五）乙方应为甲方开通总部管理员账号，用于门店账号的新增、停用和权限分配。

十五、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务；服务中断期间的订阅费按实际中断天数扣减。

十六、通知
双方往来通知应以书面形式送达本合同首部载明的地址，或发送至双方指定的电子邮箱。

十七、系统升级与数据迁出
（一）乙方对SaaS平台进行版本升级的，应提前7日通知甲方，并保证升级不影响甲方已上线功能和定制报表的正常使用；升级造成故障的，按本合同第六条处理。
（二）合同终止或期满不再续期的，乙方应配合甲方将数据迁移至甲方指定的系统，并在迁移期内（不超过60日）继续按原条件提供服务，迁移期的订阅费按实际天数计算。

十八、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）附件一：功能清单；附件二：实施计划；附件三：门店清单。

甲方（盖章）：蜀香里餐饮管理（成都）有限公司　　授权代表：________
乙方（盖章）：云链智采信息科技有限公司　　授权代表：________
签订日期：2026年4月__日
"""

Z04 = """市第一人民医院信息系统运维服务合同

合同编号：SYY-XXK-2026-004
采购方式：竞争性磋商（政府采购）
甲方：南江市第一人民医院（三级甲等）
地址：南江市人民路218号
乙方：华康数智信息技术服务有限公司
地址：南江市经济开发区科创园7栋

根据《中华人民共和国政府采购法》及竞争性磋商文件（项目编号NJCG-2026-0152）、乙方响应文件及成交通知书，甲乙双方就甲方信息系统运维服务项目订立本合同。

第一条 服务范围
（1）乙方为甲方提供信息系统运维服务，范围包括医院信息系统（HIS）、电子病历（EMR）、影像归档与通信系统（PACS）、检验信息系统（LIS）、集成平台及相关数据库、中间件、服务器和网络设备。
（2）乙方派驻6名驻场工程师（含1名项目经理、2名数据库工程师），实行7×24小时值班，节假日不间断。
（3）乙方提供二线专家远程及现场支持、季度巡检、数据库性能优化、年度容灾演练及等级保护测评配合。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。

第三条 合同价款
本合同总价为人民币壹佰伍拾贰万元整（¥1,520,000），包括：
（1）驻场运维服务：¥1,056,000；
（2）二线专家支持服务：¥228,000；
（3）数据库及中间件巡检优化：¥146,000；
（4）容灾演练及测评配合：¥90,000。
合同价款为固定总价，包含人员、差旅、工具及税费。

第四条 付款方式
（1）服务费按季度支付，每季度服务期满且经甲方季度考核后，甲方在15个工作日内支付该季度服务费¥380,000。
（2）季度考核得分低于80分的，按第八条扣减后支付。
（3）本合同不设预付款。

第五条 服务水平
（1）HIS、EMR等核心系统月度可用率不低于99.95%，计划内停机须提前5日经甲方信息科批准，且安排在凌晨进行。
（2）一级故障（核心系统中断或影响全院诊疗）：15分钟内响应，驻场人员30分钟内到达机房，2小时内恢复业务；二级故障：30分钟内响应，8小时内解决；三级故障：2小时内响应，48小时内解决。
（3）乙方每月提交运维月报，每季度提交巡检报告及优化建议。

第六条 服务考核与验收
（1）季度考核：甲方依据附件《运维服务考核细则》对故障响应及时率、解决率、巡检完成率、文档质量和满意度进行评分，满分100分。
（2）服务期满验收：乙方提交全年运维总结、配置台账、应急预案及演练报告，甲方按考核细则组织验收，四个季度考核平均分不低于85分且无重大责任事故的为验收合格。
（3）乙方提交的报告或甲方支付季度服务费均不视为验收合格。

第七条 进场与交付
（1）乙方应于合同签订后5日内完成人员进场和交接，并在进场后20日内提交系统现状评估报告和运维手册。
（2）乙方逾期进场或逾期提交上述报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第八条 服务违约
（1）一级故障响应超时的，每次扣减当季服务费¥3,000；业务恢复超时的，每超时1小时扣减¥2,000。
（2）核心系统月度可用率低于约定标准的，每低于0.01个百分点扣减¥1,000。
（3）驻场人员未经甲方同意更换或缺岗的，每人每日扣减¥1,500。

第九条 数据安全
（1）甲方全部业务数据、患者个人信息及诊疗数据均属于甲方，乙方仅可为履行本合同进行必要操作，不得用于其他目的。
（2）乙方应遵守《数据安全法》《个人信息保护法》及医疗卫生机构网络安全管理要求，所有运维操作须通过甲方堡垒机进行并留存日志，不得私自查询、复制、导出患者信息。
（3）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方信息科并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第十条 保密
乙方及其人员对在服务中知悉的患者隐私、医院管理信息和系统账号口令负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务中为甲方编制的运维文档、脚本、应急预案及配置台账归甲方所有，甲方可自由使用和修改。

第十二条 分包
乙方不得将本合同服务转包或分包给任何第三方。

第十三条 合同解除
乙方严重违约，或连续两个季度考核低于70分的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 人员管理
（1）乙方驻场人员应具备相应资质，项目经理须具有五个以上同类医院运维项目经验，数据库工程师须持有原厂认证证书，人员名单作为本合同附件。
（2）驻场人员须遵守甲方的考勤、安全和医德医风管理规定，进入机房和临床科室应佩戴工作证并登记。
（3）乙方更换驻场人员，应提前15日书面征得甲方同意，并完成不少于5个工作日的交接。

第十六条 应急保障
（1）乙方应在进场后30日内协助甲方修订信息系统应急预案，每半年组织一次应急演练，并提交演练报告。
（2）遇重大节假日、上级检查、等级保护测评及系统升级等重要时段，乙方应增派人员现场保障。

第十七条 服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务商移交全部运维文档、账号口令清单和配置台账，并配合完成交接，不得以任何理由拖延或设置障碍。

（3）服务期满前30日，乙方应向甲方提交服务期工作总结、遗留问题清单及系统优化建议，供甲方后续采购参考。
（4）交接完成后，乙方应书面确认已交还全部门禁卡、账号和设备。

（5）乙方应建立本项目知识库，记录常见故障处理方法和系统变更记录，服务期满时一并移交甲方。

第十八条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，根据影响程度部分或全部免除责任。

第十九条 服务报告与配合
（1）乙方应配合甲方完成上级卫生健康部门的信息化检查、电子病历评级、互联互通测评等工作，提供所需的技术资料和运维记录。
（2）乙方应于每月5日前提交上月运维月报，内容包括故障统计、处理过程、系统运行指标和改进建议；月报数据须与运维工单系统记录一致。
（3）甲方有权随时抽查乙方的工单记录和巡检记录，发现弄虚作假的，按第八条扣减服务费。

第二十条 其他
（1）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（2）磋商文件、响应文件、附件《运维服务考核细则》及《系统清单》为本合同组成部分。

甲方（盖章）：南江市第一人民医院　　法定代表人或授权代表：________
乙方（盖章）：华康数智信息技术服务有限公司　　法定代表人或授权代表：________
日期：2025年12月__日
"""

Z05 = """# 研磨工序管理系统软件许可及定制开发合同

**（磨坊智联标准合同文本 V3.0）**

合同编号：MFZL-2026-0415

- 甲方（客户）：临河香源芝麻制品有限公司，地址：临河县食品工业园兴业路6号
- 乙方（供应商）：磨坊智联软件科技有限公司，地址：郑东市金水区科技路19号

甲方因芝麻酱生产研磨工序管理需要，向乙方采购研磨工序管理系统软件许可及定制开发服务。双方根据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“磨坊智联研磨工序管理系统”标准版软件永久许可（1个工厂、4条研磨线、不限用户数）。

1.2 乙方按甲方需求进行定制开发：石磨及胶体磨设备数据采集、研磨温度曲线监控、批次追溯、配方管理及质量检测记录模块。

1.3 乙方负责系统部署、实施及操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 研磨工序管理系统标准版软件许可 | 680,000 |
| 2 | 定制开发（1.2条所列模块） | 296,000 |
| 3 | 部署实施及培训 | 60,000 |
| | 合计 | 1,036,000 |

合同总价为人民币壹佰零叁万陆仟元整（¥1,036,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥673,400，乙方收到款项后开始开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价剩余的35%，即¥362,600。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 开发与上线

4.1 乙方计划在收到预付款后80日内完成开发和部署，具体进度以乙方项目计划为准。

4.2 因甲方需求变更、现场条件或设备接口不具备导致的延期，乙方不承担责任，工期相应顺延。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统提出的优化意见，作为后续维护内容处理，不影响验收结论和付款。

## 第六条 免费维护期与服务响应

6.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 一级故障（系统无法使用，影响生产记录）乙方在接到甲方报修后12小时内响应，二级故障在2个工作日内响应；乙方将尽合理努力尽快修复。

6.3 乙方不因响应时间或修复时间超出上述约定而承担任何扣款、赔偿或违约金。

## 第七条 年度维护

7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的35%，即每年¥238,000。

7.2 年度维护服务包括远程支持、缺陷修复及版本升级，现场服务另行收费。

## 第八条 知识产权

8.1 标准版软件的知识产权归乙方所有，甲方获得永久、不可转让的使用许可。

8.2 定制开发成果（包括源代码、数据采集程序、报表模板及相关文档）的知识产权归乙方所有，甲方在本工厂范围内享有非独占的使用权，不得修改、反编译或提供给第三方。乙方可将定制开发成果用于其他客户。

## 第九条 数据

9.1 系统中的生产数据由甲方录入或由设备采集。乙方应采取访问控制、数据备份和日志审计等安全措施保护甲方数据，发生数据泄露等安全事件时应在48小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

9.2 甲方同意，乙方可将甲方的生产及工艺数据进行脱敏处理后，用于乙方产品改进、算法训练和行业分析报告，该项权利在合同终止后继续有效。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任，以合同总价的20%为限。

11.2 乙方不对甲方的间接损失、停产损失或利润损失承担责任。

## 第十二条 合同解除

任何一方严重违反本合同约定，经守约方书面催告后30日内仍未改正的，守约方有权解除合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 双方义务

14.1 甲方应指定项目联系人，提供研磨设备接口资料、现场网络环境和服务器，配合乙方完成需求调研和系统测试。

14.2 乙方应指派项目经理和实施工程师，按项目计划完成开发和部署，并对甲方关键用户进行操作培训。

14.3 甲方应保证所提供的设备资料和工艺数据真实完整。因甲方资料不全或现场条件不具备造成返工的，乙方有权另行收取费用。

14.4 甲方应安排专人负责系统日常使用，并按乙方要求做好服务器和网络的日常维护。因甲方服务器、网络或设备故障导致系统无法运行的，不属于乙方责任范围。

14.5 乙方项目人员到甲方现场工作期间，应遵守甲方食品生产车间的卫生管理规定，进入车间前更换工作服并接受甲方检查。甲方应为乙方人员提供必要的办公条件。

## 第十五条 培训与文档

15.1 乙方为甲方提供不超过3天的现场操作培训，培训对象为研磨车间主任、班组长和质检人员。

15.2 乙方向甲方提供系统操作手册和管理员手册电子版。源代码和开发文档不属于交付范围。

## 第十六条 软件使用限制

16.1 甲方仅可在本合同约定的工厂和研磨线范围内使用本软件。增加工厂或研磨线的，应另行向乙方购买许可。

16.2 甲方不得对软件进行反向工程、复制或转让给第三方使用。

## 第十七条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十八条 通知

双方的通知以书面或电子邮件方式发送至本合同载明的地址或邮箱，发出之日视为送达。

## 第十九条 需求变更

19.1 甲方在需求确认后提出新增或变更需求的，乙方根据工作量另行报价，经双方书面确认后实施，开发周期相应顺延。

19.2 需求确认书以乙方编制、甲方签字的版本为准。甲方应在收到需求确认书后5个工作日内确认，逾期未确认的，视为甲方同意。

## 第二十条 远程服务

20.1 为便于维护，甲方应为乙方开通远程访问通道。乙方通过远程方式为甲方提供技术支持，现场服务按每人每天3,000元另行收费，差旅费由甲方承担。

## 第二十一条 其他

21.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

21.2 本合同为乙方标准文本，双方另有约定的以补充协议为准。

甲方（盖章）：临河香源芝麻制品有限公司　　代表：________

乙方（盖章）：磨坊智联软件科技有限公司　　代表：________

日期：2026年4月__日
"""
E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. SL-KHG-2026-021
P:This Software Licence and Services Agreement (the "Agreement") is made on __ March 2026 between:
P:(1) Steppe Logic LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office at 54 Dostyk Avenue, Almaty, Kazakhstan (the "Vendor"); and
P:(2) Khorgos Silk Gate Bonded Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its office at 18 Kaiyuan Road, Khorgos, Xinjiang (the "Customer").
P:Background: The Customer operates a bonded warehouse of about 42,000 square metres at the Khorgos border crossing and wishes to replace its warehouse software. The Vendor develops the SteppeWMS warehouse management system. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the SteppeWMS software, version 8.3, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Customisations" means the interfaces, reports, label templates, workflows and other items developed by the Vendor specifically for the Customer under Article 3, including their source code.
P:1.3 "Go-Live" means the first day on which the Customer runs its inbound, storage and outbound operations in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the number of servers, named users and handheld devices set out in Article 4, for the internal business of the Customer and its affiliates in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional licences may be purchased at the unit prices in Article 4 for three years after Final Acceptance.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in the Statement of Work (Annex 1), including business analysis, configuration, data migration from the Customer's existing system, the Customisations, testing, training and Go-Live support.
P:3.2 The Customisations include interfaces to the Customer's Kingdee ERP system and to the customs electronic bonded-goods ledger, Russian and Chinese label templates, and eleven management reports.
P:3.3 The Vendor shall name a project manager who speaks Chinese and shall keep the same key personnel during the project unless the Customer agrees otherwise in writing.
H:Article 4 Fees
P:4.1 The fees are fixed and are as follows:
P:(a) SteppeWMS server licence, 1 unit: CNY 420,000;
P:(b) named user licences, 60 units at CNY 4,800: CNY 288,000;
P:(c) RF handheld device licences, 40 units at CNY 2,600: CNY 104,000;
P:Licence subtotal: CNY 812,000;
P:(d) implementation services: CNY 346,000;
P:(e) interfaces to ERP and customs ledger: CNY 158,000;
P:(f) training: CNY 34,000.
P:4.2 The total Contract Price is CNY 1,350,000, including VAT and all taxes, travel and expenses.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 270,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 607,500) within 20 days after Go-Live.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 472,500) within 20 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall achieve Go-Live by 31 August 2026 in accordance with the project plan in Annex 1.
P:6.2 Final Acceptance testing starts thirty days after Go-Live. The acceptance criteria are: (a) all functions in the functional specification work as described; (b) stock records in the Software match a full physical count with a variance of no more than 0.2%; (c) the ERP and customs interfaces have exchanged data for thirty consecutive days without unresolved errors; (d) a handheld scan is confirmed in the Software within two seconds at peak load; and (e) all documentation and the source code of the Customisations have been delivered.
P:6.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within ten days. If they are not met, the Vendor shall correct the defects and repeat the tests. Go-Live, use of the Software or payment under Article 5.2 does not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Customisations will perform in accordance with their specifications for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and support free of charge.
P:7.2 The Vendor shall provide support during the Warranty Period with the following response times: Severity 1 (warehouse operations stopped): response within 1 hour and a workaround within 8 hours; Severity 2 (a major function impaired): response within 2 hours and a fix within 2 business days; Severity 3: response within one business day.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay a service credit of CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support covering the same services and response times as Article 7. The annual support fee is 11% of the Licence subtotal, that is CNY 89,320 per Support Year, and shall not be increased for the first three Support Years after the Warranty Period.
P:8.2 Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Customisations vest in the Customer upon creation. The Customer may use, modify, and license the Customisations to others, including a successor service provider, without further payment. The Vendor shall deliver their source code with the documentation.
H:Article 10 Customer Data and Security
P:10.1 All data entered into or generated by the Software, including stock, customs and client data ("Customer Data"), belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The Software runs on the Customer's servers in Khorgos. The Vendor shall access them only through the Customer's VPN with individual accounts approved by the Customer, shall not copy Customer Data outside the Customer's systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data and shall be liable for all losses caused by an incident attributable to the Vendor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to achieve Go-Live by the date in Article 6.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 10 and 11, personal injury, fraud or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:14.2 On termination before Final Acceptance caused by the Vendor's breach, the Vendor shall refund the amounts paid for the services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the International Arbitration Centre of the Astana International Financial Centre, seated in Astana, in the English language.
H:Article 16 Project Governance
P:16.1 The parties shall hold a weekly project meeting, online or at the Site, and the Vendor's project manager shall issue minutes and an updated risk list after each meeting.
P:16.2 The Vendor's project manager shall keep a decision log and an issue register, shared with the Customer's project lead, and shall escalate any issue that threatens the Go-Live date to the Customer's logistics director within two business days.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Functional Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Vendor: Steppe Logic LLP, Director ____________________
P:For the Customer: Khorgos Silk Gate Bonded Logistics Co., Ltd., Authorised Representative ____________________
"""

E02 = """# ORDER FORM

**Order Form No. RC-2026-0188** under the Registan Cloud General Terms set out in Part B below.

| Item | Details |
|---|---|
| Provider | Registan Cloud LLC, 12 Amir Temur Street, Tashkent, Uzbekistan |
| Customer | Zhongyuan Qingquan Beverage Co., Ltd., 66 Shangding Road, Zhengzhou, Henan, China |
| Service | Registan Distributor & Field Sales Platform (SaaS) |
| Subscription Term | 1 April 2026 to 31 March 2028 (two Subscription Years) |
| Currency | CNY, at the Customer's request |

## A1. Subscription and Fees

| Line | Description | Quantity | Unit price per Subscription Year (CNY) | Amount per Subscription Year (CNY) |
|---|---|---|---|---|
| 1 | Field sales user seats | 180 | 1,400 | 252,000 |
| 2 | Distributor portal licences | 60 | 1,800 | 108,000 |
| | Subscription Fees per Subscription Year | | | 360,000 |
| 3 | Onboarding and data migration (one-off) | 1 | | 64,000 |

Total fees for the Subscription Term: CNY 784,000 (two Subscription Years of CNY 360,000 and the onboarding fee of CNY 64,000), including VAT.

## A2. Invoicing

Subscription Fees are invoiced quarterly in arrears (CNY 90,000 per quarter) and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date.

## A3. Onboarding

The Provider shall configure the Service, migrate the Customer's outlet master data (about 23,000 retail outlets) and order history, connect the Service to the Customer's SAP system, and train 180 sales representatives and 60 distributors. Go-Live is planned for 1 June 2026.

## A4. Go-Live Acceptance

The Customer shall test the Service within ten business days after the Provider reports it ready. The criteria are: (a) outlet master data reconciled with the source file without missing records; (b) orders placed in the mobile app reach SAP within five minutes; (c) distributor stock reports match the sample reconciliation; and (d) all users are trained. When the criteria are met, the Customer signs a Go-Live Acceptance certificate. Use of the Service by the Customer before that certificate does not count as acceptance.

If Go-Live Acceptance is not achieved by 1 June 2026 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

# PART B - GENERAL TERMS

## 1. Definitions

"Customer Data" means all data submitted to the Service by the Customer or its users, including outlet, order, price and distributor data. "Configurations" means the order workflows, report templates, incentive rules and SAP mappings prepared for the Customer. "Subscription Year" means each period of consecutive months starting on 1 April 2026 or on an anniversary of that date.

## 2. Term and Renewal

2.1 The Subscription Term is stated in the Order Form.

2.2 At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

2.3 For each renewal term the Provider may increase the Subscription Fees by up to 9% over the fees of the previous Subscription Year by notifying the Customer at least 45 days before the renewal. The increase takes effect without the Customer's further consent.

## 3. Service Levels

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 23:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Service or the mobile ordering function is unavailable to all users) shall receive a response within 30 minutes and a workaround within 3 hours. Priority 2 incidents shall receive a response within 2 hours and a fix within two business days.

3.3 If availability falls below the commitment in 3.1 in any month, the Provider shall grant a service credit of 5% of that month's Subscription Fees for each 0.1 percentage point of shortfall, up to 25% of that month's fees. A missed Priority 1 response time earns a credit of 2% of that month's fees per incident.

## 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 The Service is hosted in an Alibaba Cloud data centre in Beijing under MLPS level 3. The Provider encrypts Customer Data in transit and at rest, limits access to named support staff, and keeps access logs for at least six months.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, cooperate in the response, and be liable for losses caused by an incident attributable to the Provider or its subcontractors.

4.4 Within 30 days after the end of the subscription, the Provider shall return Customer Data in CSV format and then delete it.

## 5. Configurations

The Configurations belong to the Customer. The Customer may use, modify and license them to third parties freely, including after the subscription ends. The Provider keeps its rights in the Service platform.

## 6. Subcontractors and Sub-processors

The Provider may engage subcontractors and sub-processors, including hosting, messaging and support providers, to perform any part of the Service. The Provider shall inform the Customer of new subcontractors by e-mail to the Customer's contract manager; the Customer's consent is not required. The Provider remains responsible for their performance.

## 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and disclose it only to employees and advisers who need to know. This obligation continues for three years after the end of the subscription.

## 8. Warranties

The Provider warrants that the Service will perform materially in accordance with its documentation and that it will not reduce the functionality of the Service during the Subscription Term.

## 8A. Customer Responsibilities

The Customer shall name a project lead for onboarding, provide outlet master data and order history in the agreed templates, give the Provider test access to its SAP system, and make sales representatives and distributors available for training. The Customer is responsible for the accuracy of the data it uploads and for the actions of its users.

## 8B. Support Channels

The Provider shall provide support in Chinese and English by telephone, e-mail and an online ticket portal from 08:00 to 22:00 Beijing time every day, and a telephone hotline at all hours for Priority 1 incidents. The Provider shall give the Customer a monthly service report showing availability, incidents and their resolution times.

## 8C. Changes to the Service

The Provider may improve the Service from time to time and shall give the Customer at least 30 days' notice of any change that affects the mobile app, the distributor portal or the SAP interface, together with release notes. The Provider shall keep the SAP interface working after each release at its own cost.

## 8D. Additional Seats

The Customer may add user seats or distributor licences at any time at the unit prices in the Order Form, pro rata for the remaining part of the Subscription Year. Added seats end with the Subscription Term.

## 8E. Audit

Once in each Subscription Year the Customer may ask the Provider for its current ISO 27001 certificate, its MLPS filing and a summary of the latest penetration test. The Provider shall answer the Customer's reasonable written security questions within ten business days.

## 8F. Publicity

Neither party may use the other party's name or logo in marketing material or press releases without the other party's prior written approval.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 The Provider's total liability arising out of or in connection with this agreement is limited to the Subscription Fees paid by the Customer in the six months before the event giving rise to the claim.

9.3 The limits do not apply to breach of Clause 4, personal injury, fraud or wilful misconduct.

## 10. Termination

10.1 Either party may terminate the agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

10.2 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

## 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

## 12. General

Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign this agreement without the other's written consent. If the Order Form and these General Terms conflict, the Order Form prevails.
"""

E03 = """T:Supply Contract for Greenhouse Environmental Sensors and Monitoring Platform
P:Contract No. SGVB-2026-EQ-07
P:Buyer: Shouguang Lvyuan Vegetable Industry Co., Ltd., 9 Nongsheng Road, Shouguang, Shandong, China (the "Buyer").
P:Supplier: Ala-Too Sensorics LLC, 27 Chui Avenue, Bishkek, Kyrgyz Republic (the "Supplier").
P:The Buyer operates a vegetable production base of 86 greenhouses and has selected the Supplier through a competitive quotation to supply and install environmental sensors, gateways, weather stations and a monitoring platform. The parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in the Price Schedule at the Buyer's production base (the "Site"), train the Buyer's staff, and provide warranty and support under this Contract.
P:1.2 The monitoring platform shall run on the Buyer's own server at the Site and shall provide live readings, alarms by text message, historical curves and irrigation advice for each greenhouse.
H:2. Price Schedule
P:2.1 The prices are fixed and in CNY:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensors|240|1,150|276,000
TB:2|Air temperature, humidity and CO2 stations|60|3,800|228,000
TB:3|LoRa gateways with solar power|12|9,500|114,000
TB:4|Automatic weather stations|2|46,000|92,000
TB:5|Monitoring platform perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||878,000
TB:6|Installation, cabling and configuration|1 lot||104,000
TB:7|Commissioning and training|1 lot||26,000
TB:|Contract Price|||1,008,000
P:2.2 The Contract Price includes delivery to the Site, customs clearance, import duties, VAT and all other taxes.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 100,800) within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 554,400) within 20 days after all equipment has been installed and the Buyer has signed an installation certificate. The installation certificate records completeness only and is not acceptance.
P:3.3 Final payment: the remaining 35% of the Contract Price (CNY 352,800) within 20 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Site by 15 May 2026 and complete installation by 10 June 2026.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment.
H:5. Acceptance
P:5.1 Final Acceptance testing follows a trial run of 30 consecutive days after installation. The acceptance criteria are: (a) all 240 soil sensors and 60 air stations report to the platform, and no sensor misses more than one reading in fifty during the trial run; (b) sensor readings at ten sample points agree with a calibrated reference instrument within the tolerances in the technical specification; (c) alarms reach the duty phones within one minute; (d) the platform shows all greenhouses with historical curves; and (e) manuals, calibration certificates and training records have been delivered.
P:5.2 If the criteria are met, the Buyer signs a Final Acceptance certificate. Installation, use of the equipment or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the platform for thirty-six (36) months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items and correct software defects free of charge, including parts, labour and transport.
P:6.2 Response times during the warranty:
TB:Severity|Description|Response|On site / restoration
TB:1|Platform down, or more than a fifth of sensors offline|1 hour|On site within 48 hours; restoration within 72 hours
TB:2|A gateway or weather station faulty|2 business hours|Repair within 5 business days
TB:3|Single sensor faulty or minor software issue|1 business day|Next scheduled visit
P:6.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 600, and for each day by which a Severity 1 restoration is late, CNY 1,500.
P:6.4 After the warranty the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 61,460 per year), fixed for the first two years after the warranty. Support is ordered year by year and does not renew automatically.
H:6A. Technical Requirements, Packing and Spare Parts
P:6A.1 All sensors shall be rated for greenhouse use with at least IP67 protection and shall operate between minus 20 and plus 60 degrees Celsius. Gateways shall keep working for three days without sun on their batteries.
P:6A.2 The Supplier shall pack the equipment for road transport from Bishkek through the Irkeshtam crossing to the Site, mark each package with the contract number and a packing list, and bear the risk of loss or damage until the equipment is delivered to the Site.
P:6A.3 Each sensor shall be delivered with a calibration certificate issued not more than three months before shipment. The Supplier shall supply, free of charge, a set of spare parts consisting of ten soil sensors, four air stations and one gateway, to be kept at the Site.
P:6A.4 The Supplier shall train at least eight of the Buyer's technicians in installation, calibration, replacement of sensors and use of the platform, and shall provide manuals in Chinese.
P:6A.5 The Supplier shall keep spare parts and firmware updates for the equipment available for at least eight years after Final Acceptance and shall tell the Buyer in writing before any model is discontinued.
H:6B. Installation at the Site
P:6B.1 The Buyer shall give the Supplier's installers access to the greenhouses during working hours, provide electricity for tools and a lockable store for equipment, and name a site supervisor who will check installation each day.
P:6B.2 The Supplier shall install sensors at the positions in the layout plan approved by the Buyer, protect the crops and the greenhouse film during installation, and repair any damage it causes at its own cost.
P:6B.3 The Supplier shall follow the Buyer's rules for hygiene and plant protection, including shoe disinfection at each greenhouse entrance and no movement of soil between greenhouses.
P:6B.4 After installation the Supplier shall hand over an as-built list that shows the serial number, position and greenhouse of every sensor and gateway, and shall update the platform to match it.
H:6C. Software Updates
P:6C.1 During the warranty the Supplier shall provide all updates of the platform and the sensor firmware free of charge, install them remotely with the Buyer's approval, and keep the Buyer's configurations and historical data intact during each update.
H:6D. Inspection before Shipment
P:6D.1 The Buyer may inspect the equipment at the Supplier's works in Bishkek before shipment, in person or by video, and may witness the functional test of a sample of sensors and gateways. The Supplier shall give at least ten days' notice of the test date. Inspection before shipment does not replace Final Acceptance and does not release the Supplier from its warranty.
P:6D.2 Equipment that fails the inspection shall be replaced before shipment at the Supplier's cost, and the delivery date in Clause 4.1 still applies.
H:7. Buyer Data
P:7.1 All sensor readings, crop records, irrigation records and other data collected by the equipment belong to the Buyer and are used only for the Buyer's operations.
P:7.2 The Supplier shall not transfer any data out of the Buyer's server, shall access the server remotely only with the Buyer's approval for each session, and shall protect passwords and keys. It shall notify the Buyer within 12 hours of any security incident and is liable for losses caused by an incident attributable to it.
H:8. Intellectual Property
P:8.1 Dashboards, reports and irrigation rules configured specifically for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The Supplier keeps its rights in the standard platform software and the sensor firmware; the Buyer's licence to them is perpetual.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Contract and shall not disclose it without prior written consent.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud and wilful misconduct.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:12A. Force Majeure and Notices
P:12A.1 Neither party is liable for a delay caused by force majeure, such as earthquake, flood, war or border closure, if it notifies the other party promptly and takes reasonable steps to limit the delay. Time for performance is extended by the period of the force majeure.
P:12A.2 Notices under this Contract must be in writing in Chinese or English and sent by courier or e-mail to the addresses above.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Service Desk and Endpoint Management Agreement

**Agreement No. MSD-NB-2026-05**

This Agreement is made between **Pamir Digital Services LLC**, 41 Rudaki Avenue, Dushanbe, Republic of Tajikistan (the "Provider"), and **Ningbo Haixing Garment Co., Ltd.**, 88 Yinxian Avenue, Ningbo, Zhejiang, China (the "Customer").

## 1. Services

1.1 The Provider shall provide a remote service desk and endpoint management service for the Customer's 650 office and factory users, as described in Schedule 1 (the "Services").

1.2 The Services include a multilingual service desk by telephone, e-mail and chat from 07:00 to 23:00 Beijing time on every day of the year, remote troubleshooting, patch management for Windows laptops and desktops, antivirus console monitoring, software distribution, and on-site support through the Provider's Ningbo partner engineer, who shall be approved under Clause 11.

## 2. Term

2.1 The Services run from 1 May 2026 to 30 April 2028 (the "Term"). The Agreement expires at the end of the Term; any renewal requires a new written agreement.

## 3. Transition

3.1 The Provider shall complete the transition from the Customer's current arrangement (knowledge capture, tool set-up, user communication) by 30 April 2026 and start the Services on 1 May 2026 ("Service Commencement").

3.2 Service Commencement is accepted when the Customer confirms in writing that the criteria in Schedule 3 are met. Starting to use the service desk does not by itself count as acceptance.

3.3 If Service Commencement is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The Monthly Service Charge is payable monthly in arrears within 30 days after invoice. The transition fee is payable after Service Commencement is accepted. No advance payment is due.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 1. If it misses them, it shall grant the service credits in Schedule 1, which the Customer may deduct from the next invoice.

## 6. Customer Data

6.1 All data the Provider handles in performing the Services, including user accounts, tickets, device inventories and files on users' devices, is Customer Data and belongs to the Customer. The Provider may use Customer Data only to perform the Services.

## 7. Intellectual Property

7.1 Knowledge articles, scripts, software packages and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

7.2 The Provider keeps its rights in its own tools; the Customer's licence to any tool installed on its devices ends with the Term.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by similar duties. The obligation continues for three years after the Term.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 2, except for fraud, wilful misconduct and personal injury.

9.2 Neither party is liable for lost profits or indirect loss.

## 10. Staff

10.1 The Provider shall assign a service delivery manager who speaks Chinese and shall keep the service desk staffed with agents who speak Chinese and English.

10.2 The Provider shall replace any agent whose conduct the Customer reasonably objects to.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Ningbo partner engineer service named in Schedule 1 is approved by the signature of this Agreement.

## 12. Duration and Remedies

12.1 Neither party may terminate this Agreement before the end of the Term, except where force majeure prevents performance for more than 90 consecutive days.

12.2 If the Provider fails to perform, the Customer's remedies are the service credits in Schedule 1, the delay damages in Clause 3.3, and damages for proven loss within the limit in Clause 9. The Customer shall continue to pay the Monthly Service Charge during the Term.

## 12A. Customer Responsibilities

12A.1 The Customer shall provide remote access to its devices and systems through the tools agreed in the transition, keep a current list of users, name local contacts at each factory, and tell the Provider about planned changes to its network or applications at least five business days in advance.

## 12B. Governance and Reporting

12B.1 The service delivery manager shall send a monthly service report covering ticket volumes, service level results, credits due, recurring problems and improvement actions, and shall meet the Customer's IT manager each month to review it.

12B.2 Each quarter the parties shall review user numbers, the knowledge base and the list of supported applications, and agree any changes in writing.

## 12C. Exit Assistance

12C.1 During the last two months of the Term the Provider shall cooperate with the Customer and any successor provider, hand over all tickets, knowledge articles, scripts and device inventories in a usable format, and answer reasonable questions, without extra charge.

## 12D. Knowledge Base and Language

12D.1 The Provider shall keep the knowledge base in Chinese and English, review each article at least twice a year, and add an article for any request type that occurs more than five times in a month.

12D.2 The Provider shall answer users in Chinese unless the user writes in English, and shall keep the tone and wording agreed with the Customer's HR department.

## 12E. Service Improvement

12E.1 The Provider shall propose at least two improvement actions each quarter, such as new knowledge articles, self-service options or automation of repeated requests, and shall report their effect in the monthly service report.

## 12F. Business Continuity

12F.1 The Provider shall run the service desk from two locations in Dushanbe and Khujand, so that either location can take all calls if the other is unavailable, and shall test the switch-over twice a year with the Customer's knowledge. The Provider shall tell the Customer at once about any event that stops either location.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 Notices must be in writing. Amendments must be signed by both parties. The Schedules form part of this Agreement.

For the Provider: ____________________ For the Customer: ____________________

## Schedule 1 - Service Description and Service Levels

| Service element | Description |
|---|---|
| Service desk | Telephone, e-mail and chat, 07:00-23:00 Beijing time every day; tickets logged in the Provider's ITSM tool |
| Endpoint management | Monthly patching of about 700 Windows devices; software distribution; inventory |
| Security console | Monitoring of the Customer's antivirus console and escalation of alerts |
| On-site support | Ningbo partner engineer, on business days, for hardware swaps and network points |
| Reporting | Monthly service report with ticket statistics and open problems |

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | A factory line, the ERP client for a whole department, or e-mail for all users is down | 15 minutes | 3 hours |
| P2 | A group of users cannot work | 30 minutes | 8 business hours |
| P3 | A single user cannot work | 2 business hours | 2 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

| Service level missed | Service credit |
|---|---|
| Each P1 response later than the target | 2% of the Monthly Service Charge |
| Each P1 resolution later than the target | 3% of the Monthly Service Charge |
| P2 and P3 targets missed for more than one in ten tickets in a month | 5% of the Monthly Service Charge |
| Maximum credits in a month | 20% of the Monthly Service Charge |

## Schedule 2 - Charges

| Charge | Amount (CNY) |
|---|---|
| Monthly Service Charge (650 users) | 58,000 per month |
| Monthly Service Charges for the Term (24 months) | 1,392,000 |
| Transition fee (one-off) | 46,000 |
| Total Contract Value | 1,438,000 |

All amounts are in CNY and include VAT. Additional users above 650 are charged at CNY 85 per user per month.

## Schedule 3 - Service Commencement Criteria

| No. | Criterion |
|---|---|
| 1 | All 650 users imported into the ITSM tool and the service desk numbers published |
| 2 | Knowledge base with at least 120 articles approved by the Customer's IT manager |
| 3 | Patch management agent installed on all Windows devices and reporting |
| 4 | Test calls in Chinese and English answered in the agreed hours |
| 5 | Escalation contacts and the on-site partner confirmed |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. KMD-QD-2026-11

THIS AGREEMENT is made on __ April 2026 BETWEEN:

Karakum Market Data Economic Society, 112 Magtymguly Avenue, Ashgabat, Turkmenistan (the "Provider"); and

Qingdao Haiyue Agricultural Trading Co., Ltd., 23 Xianggang Middle Road, Qingdao, Shandong, China (the "Customer").

BACKGROUND

The Provider collects and publishes daily price, shipment and crop-condition data for cotton, wheat, sesame and other agricultural commodities in Central Asia and the Caspian region. The Customer trades these commodities and wishes to receive the data through the Provider's application programming interface (the "API") for its trading and risk systems. At the Customer's request all fees are stated and paid in CNY.

1. DEFINITIONS

"Data" means the price series, shipment records, crop-condition indices and reference data supplied by the Provider through the API. "Customer Data" means the watchlists, queries, user accounts and any data the Customer uploads to the Provider's systems. "Backfill" means the historical Data from 1 January 2016 delivered as a one-off file set. "Integration Package" means the mapping tables, connector scripts and documentation the Provider prepares to load the Data into the Customer's systems. "Subscription Year" means each of the two periods from 1 May 2026 to 30 April 2027 and from 1 May 2027 to 30 April 2028.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API with up to 25 named users and 3 system accounts, and to use the Data internally for trading, risk management and reporting.

2.2 The Subscription Term runs from 1 May 2026 to 30 April 2028. The subscription ends automatically at the end of the Subscription Term; any renewal requires a new written order signed by both parties.

2.3 The Customer may not resell the Data or publish it except in internal reports and in summary figures given to its own customers.

3. FEES AND PAYMENT

3.1 The Subscription Fee is CNY 216,000 per Subscription Year. The one-off fee for the Backfill and the Integration Package is CNY 38,000. The Total Fees for the Subscription Term are CNY 470,000, including VAT.

3.2 The Subscription Fee is invoiced quarterly in arrears (CNY 54,000 per quarter). The one-off fee is invoiced after the Onboarding Acceptance under Clause 5. No payment is due in advance.

3.3 API calls above 400,000 per month are charged at CNY 0.02 per call and invoiced with the next quarterly invoice.

4. ONBOARDING

4.1 The Provider shall issue the API credentials, deliver the Backfill and deliver the Integration Package by 31 May 2026.

4.2 If the Provider is late in any of these deliveries, it shall pay delay damages of 0.02% of the Total Fees for each day of delay. The Customer may deduct them from the next invoice.

5. ONBOARDING ACCEPTANCE

5.1 Within ten business days after delivery the Customer shall test the onboarding against these criteria: (a) all API endpoints listed in the documentation return Data for the commodities ordered; (b) the Backfill contains every trading day from 1 January 2016 with no missing series; (c) the Integration Package loads one month of Data into the Customer's risk system without manual correction; and (d) the 25 named users can log in.

5.2 If the criteria are met, the Customer signs an Onboarding Acceptance certificate. Receiving credentials or starting to use the API is not acceptance.

6. SERVICE

6.1 The Provider will use commercially reasonable efforts to keep the API available and to publish each day's Data by 20:00 Beijing time on trading days.

6.2 The Provider will answer support questions sent to its support mailbox during its business hours and will try to resolve problems as soon as practicable. No specific availability level, response time or service credit applies to the API.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API service to the Customer and shall not analyse, sell or share it, in identified, aggregated or any other form.

7.2 The Provider shall protect Customer Data with encryption in transit and at rest, multi-factor authentication for its staff, and access logs kept for at least six months. It shall notify the Customer within 24 hours of any unauthorised access to Customer Data and shall be liable for losses caused by a security incident attributable to the Provider.

7.3 At the end of the Subscription Term the Provider shall delete Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider keeps all rights in the Data and the API.

8.2 The Integration Package is prepared specifically for the Customer and belongs to the Customer, which may use, modify and license it freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's trading positions and watchlists, use it only for this Agreement and not disclose it without the other party's prior written consent. This obligation continues for three years after the end of the Subscription Term.

10. WARRANTIES

10.1 The Provider warrants that it has the right to license the Data and that the Data is collected with reasonable skill and care from the sources described in its methodology document.

10.2 The Data is provided for information only and the Provider does not warrant any trading result.

11. LIABILITY

11.1 Neither party is liable for indirect loss, loss of profit or trading losses.

11.2 Each party's total liability under this Agreement is limited to 120% of the Total Fees. The limit does not apply to breach of Clause 7 or Clause 9, fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the hosting or support of the API or any processing of Customer Data without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

13A. CUSTOMER OBLIGATIONS

13A.1 The Customer shall keep its API keys secret, allow only its named users and system accounts to use the API, and notify the Provider promptly if it suspects that a key has been misused. The Customer is responsible for calls made with its keys.

13A.2 The Customer shall keep the Provider's attribution notice in internal reports that reproduce Data series in full.

13B. DATA CONTENT AND CHANGES

13B.1 The Provider shall cover at least the commodities, markets and fields listed in the Data catalogue attached as Schedule 1 throughout the Subscription Term. If a source stops publishing, the Provider shall tell the Customer within five business days and offer a comparable replacement series where one exists.

13B.2 The Provider shall give at least 60 days' notice before changing or retiring an API endpoint and shall keep the previous version running during that period.

13B.3 Corrections to published Data are made through the API with a correction flag, and the Provider shall publish a monthly list of corrections.

13C. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war or government action, if it informs the other party promptly and resumes performance as soon as possible.

13D. ASSIGNMENT AND NOTICES

13D.1 Neither party may assign this Agreement without the prior written consent of the other party.

13D.2 Notices must be in writing in English or Chinese and sent by courier or e-mail to the addresses above and to the contact persons named in Schedule 2. A notice by e-mail is received when the recipient confirms it.

13E. RECORDS

13E.1 The Provider shall keep records of the API calls made by the Customer for at least six months and provide a monthly usage statement with each quarterly invoice, so that the Customer can check any overage charges.

13F. COMPLIANCE

13F.1 Each party shall comply with the export control, sanctions and anti-bribery laws that apply to it in performing this Agreement. The Provider confirms that the Data does not include personal information. If the Provider plans to add any personal information to the Data, it shall first agree the change with the Customer in writing.

13F.2 The Customer shall use the Data in accordance with the laws of the People's Republic of China on the use of market information.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. GENERAL

15.1 Notices must be in writing and sent to the addresses above. This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, rule derivation, threshold scan, length check
# ---------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": "h575z01_hazchem_supervision_platform_licence.pdf",
    "z02": "h575z02_fertiliser_prilling_tower_dcs_retrofit.docx",
    "z03": "h575z03_hotpot_chain_supply_chain_saas.txt",
    "z04": "h575z04_hospital_it_annual_operations.txt",
    "z05": "h575z05_sesame_paste_grinding_software_supplier_template.md",
    "e01": "h575e01_kazakh_wms_licence_services.pdf",
    "e02": "h575e02_uzbek_distributor_saas_order_form.md",
    "e03": "h575e03_kyrgyz_greenhouse_sensors_supply.docx",
    "e04": "h575e04_tajik_managed_service_desk.md",
    "e05": "h575e05_turkmen_commodity_data_api.txt",
}
TEXTS = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
         "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
SOURCES = {k: TEXTS[k] for k in ("z01", "z02", "e01", "e03")}
TARGETS = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in SOURCES}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: category, term overrides, extra overrides, TCO inputs (fee base, annual fee) for goods, and the rules I intend
DESIGN = {
    "z01": dict(lang="zh", category="software",
                terms=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                           contract_kind="goods_or_licence"),
                extra=dict(ld_stated=True, post_warranty_fee_capped=True), value=2540000, fee_base=1260000,
                intended=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "z02": dict(lang="zh", category="hardware",
                terms=dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                           subcontract_without_consent=True, contract_kind="goods_or_licence"),
                extra=dict(ld_stated=True, post_warranty_fee_capped=True), value=2554000, fee_base=2136000,
                intended=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": dict(lang="zh", category="cloud",
                terms=dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                           ld_rate_per_day_pct=800 / 962400 * 100, liability_cap_pct=150,
                           auto_renewal_price_increase=True),
                extra=dict(ld_stated=True), value=962400,
                intended=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "z04": dict(lang="zh", category="services",
                terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
                extra=dict(ld_stated=True), value=1520000, intended=[]),
    "z05": dict(lang="zh", category="software",
                terms=dict(p1_response_hours=12, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=35,
                           subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                extra=dict(ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
                value=1036000, fee_base=680000,
                intended=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                          "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                          "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", category="software",
                terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                           final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                           governing_law="Kazakhstan", contract_kind="goods_or_licence"),
                extra=dict(ld_stated=True, post_warranty_fee_capped=True), value=1350000, fee_base=812000,
                intended=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", category="cloud",
                terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 784000 * 100,
                           liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True,
                           subcontract_without_consent=True),
                extra=dict(ld_stated=True), value=784000,
                intended=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", category="hardware",
                terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                           contract_kind="goods_or_licence"),
                extra=dict(ld_stated=True, post_warranty_fee_capped=True), value=1008000, fee_base=878000,
                intended=[]),
    "e04": dict(lang="en", category="services",
                terms=dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1200 / 1438000 * 100,
                           liability_cap_pct=150, termination_for_breach=False),
                extra=dict(ld_stated=True), value=1438000,
                intended=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", category="cloud",
                terms=dict(sla_remedy=False, ld_rate_per_day_pct=0.02, liability_cap_pct=120),
                extra=dict(sla_clause=False, ld_stated=True), value=470000,
                intended=["CR-LD-LOW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee for each year after the warranty."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee = d["fee_base"] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (d["value"] + post) * 100


def derive_rules(t, x, d, forum_outside_mainland=False):
    """My own reading of policy.md section 3, applied to a label (not project code)."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(t, d)
        if s is not None and s > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside_mainland:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(k):
    d = DESIGN[k]
    t = dict(BASE)
    t.update(d["terms"])
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": True, "ld_stated": True}
    if goods:
        x["post_warranty_fee_capped"] = d["extra"].get("post_warranty_fee_capped")
    x["acceptance_deemed_on_delivery"] = d["extra"].get("acceptance_deemed_on_delivery", False)
    x["contract_value"] = d["value"]
    for kk, v in d["extra"].items():
        if kk in x:
            x[kk] = v
    rules = derive_rules(t, x, d)
    assert rules == sorted(d["intended"]), (k, rules, d["intended"])
    out = {"file": NAMES[k], "language": d["lang"], "category": d["category"],
           "expected_terms": {kk: t[kk] for kk in TERM_KEYS}, "expected_extra": x, "expected_rules": rules}
    return out, t, x, rules


# --- threshold scan --------------------------------------------------------------------------------------------
NB = r"(?<![\d.])"          # no digit / decimal point before
NA = r"(?![\d.]*\d)"        # not followed by more digits
CN = "零一二三四五六七八九十百两"
CNB = "(?<![%s])" % CN
PATTERNS = [
    NB + r"99\.9" + r"(?!\d)\s*(%|％|percent|per\s*cent)",
    NB + r"4\s*(-\s*)?(小时|个小时|h\b|hours?\b|hrs?\b)",
    CNB + r"四\s*(个)?\s*小时", r"\bfour\s*(-\s*)?hours?\b", NB + r"240\s*(分钟|minutes?\b|min\b)",
    NB + r"0?\.05\s*(%|％|percent|per\s*cent)", r"万分之五(?![十百零一二三四五六七八九])", r"千分之零点五",
    NB + r"100\s*(%|％|percent|per\s*cent)", r"百分之(一)?百", r"one\s+hundred\s+per\s*cent",
    NB + r"30\s*(%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s+per\s*cent",
    NB + r"12\s*(-\s*)?(个月|months?\b)", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"\btwelve\s*(\(12\)\s*)?(-\s*)?months?\b",
    CNB + r"一\s*年", r"\bone\s*(-\s*)?years?\b", NB + r"1\s*(-\s*)?years?\b",
    NB + r"15\s*(%|％|percent|per\s*cent)", r"百分之十五", r"fifteen\s+per\s*cent",
    NB + r"40\s*(%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s+per\s*cent",
    NB + r"5\s*(-\s*)?(年|years?\b)", CNB + r"五\s*年", r"\bfive\s*(-\s*)?years?\b",
    NB + r"60\s*(个月|months?\b)", r"六十\s*个\s*月", r"\bsixty\s+months\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "4 hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "第一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "12 months", "4-hour"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "1.5%", "0.5%", "35%", "130%", "140%", "2026年", "十四小时", "二十四个月", "112 months", "one business day",
             "0.055%", "300%", "45%", "25 years", "十五年", "Subscription Year", "0.35%"]


def hits(text):
    out = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for v in variants:
        for rx in RX:
            for m in rx.finditer(v):
                out.append(m.group(0))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
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


def measure(k, text):
    if DESIGN[k]["lang"] == "zh":
        return len(text)
    return len(text.split())


def main():
    self_test()
    for k in ("z03", "z04", "z05", "e02", "e04", "e05"):
        (OUT / NAMES[k]).write_text(TEXTS[k], encoding="utf-8")
        print("wrote", NAMES[k])
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    covered = set()
    for k in NAMES:
        lab, t, x, rules = label(k)
        covered.update(rules)
        stem = NAMES[k].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        s = tco_share(t, DESIGN[k]) if t["contract_kind"] == "goods_or_licence" else None
        assert s is None or abs(s - 40) > 2, (k, s)
        text = read_back(OUT / NAMES[k])
        bad = hits(text) + hits(TEXTS[k])
        assert not bad, (k, bad)
        n = measure(k, text)
        lo, hi = (2750, 3000) if DESIGN[k]["lang"] == "zh" else (1450, 1650)
        status = "ok" if lo <= n <= hi else "OUT OF RANGE"
        assert status == "ok" or "--draft" in sys.argv, (k, n)
        print("%s %-58s %5d %s  %s  %s TCO=%s" % (k, NAMES[k], n, status, risk(rules), ",".join(rules) or "-",
                                                  None if s is None else round(s, 2)))
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == all_rules, all_rules - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
