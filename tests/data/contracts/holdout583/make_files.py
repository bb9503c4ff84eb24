"""holdout583: builds ten ordinary draft contracts (zh z01-z05, en e01-e05), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the .txt/.md directly, the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), the .json labels, then reads every built file back and checks
lengths, thresholds and rule coverage. The rule derivation below is my own reading of policy.md section 3.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H583Z01 = """T:江州市优抚信息平台建设项目政府采购合同
P:合同编号：JZTY-ZFCG-2026-017　　采购项目编号：江财采〔2026〕0193号　　采购方式：公开招标
P:甲方（采购人）：江州市退役军人事务局　　地址：江州市政务中心东区6号楼　　联系人：周科长
P:乙方（供应商）：江州云擎数智科技有限公司　　地址：江州市高新区创业大道88号　　联系人：黄经理
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方就江州市优抚信息平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供优抚信息平台软件（含优抚对象管理、抚恤补助发放、褒扬纪念、走访慰问四个子系统）的永久使用许可，许可范围为甲方及所属区县退役军人事务部门，不限用户数和终端数。
P:1.2 乙方按甲方确认的需求规格说明书完成定制开发：优抚对象资格认定流程、抚恤补助资金发放对账、与市民政及人社系统的数据接口、面向优抚对象的移动端服务。
P:1.3 乙方负责历史数据迁移（约28万条优抚对象档案及发放记录）、系统部署、实施及培训，部署于甲方指定的政务云环境。
H:第二条 合同价款
P:本合同总价为人民币贰佰零捌万元整（¥2,080,000），为含税全包价，包括软件许可、定制开发、数据迁移、部署实施、培训及质保期内服务的全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|优抚信息平台软件许可（永久）|1,080,000
TB:2|定制开发（资格认定、发放对账、数据接口、移动端）|760,000
TB:3|历史数据迁移|148,000
TB:4|部署实施及培训|92,000
TB:合计||2,080,000
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函及发票后10个工作日内支付合同总价的20%作为预付款，计人民币416,000元。
P:3.2 平台初验合格后，甲方支付合同总价的45%，计人民币936,000元。
P:3.3 平台终验合格后，甲方支付合同总价的35%，计人民币728,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金支付程序办理付款。
H:第四条 交付期限
P:乙方应于合同签订之日起120日内完成部署及定制开发并提交初验申请；初验合格后进入试运行，试运行期为90日。
H:第五条 验收
P:5.1 初验标准：（1）需求规格说明书所列功能全部实现并通过甲方组织的功能测试；（2）迁移数据经全量比对，关键字段差错率为零；（3）与民政、人社系统接口联调成功，连续10日数据交换无差错；（4）300个并发用户下页面平均响应时间不超过3秒；（5）取得第三方安全测评报告，无高危漏洞。
P:5.2 终验标准：试运行期内未发生一级故障，初验遗留问题全部整改完毕，乙方提交全部技术文档及定制部分源代码。
P:5.3 甲方组织专家验收并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自终验合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可费的8%（即不超过人民币86,400元/年），该价格在质保期满后两个维护年度内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（经甲方同意的计划停机除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或发放业务中断）30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、24小时内解决；三级故障1个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元，扣减款可从应付款或履约保证金中直接抵扣。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方，甲方享有永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的程序、接口、数据库脚本、文档及源代码的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和许可他人使用。
H:第九条 数据安全
P:9.1 平台所有业务数据（含优抚对象个人信息、发放记录）归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，落实访问控制、加密存储和操作审计，运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履行合同中知悉的甲方工作秘密、优抚对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:第十二条 分包
P:乙方不得转包或分包本合同项下的任何工作。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有高级项目经理资格的人员担任项目经理，并组建不少于8人的实施团队，项目经理及核心人员名单作为本合同附件。未经甲方书面同意，乙方不得更换项目经理。
P:15.2 乙方应每周提交项目周报，说明进度、风险及需甲方协调的事项；每月参加甲方组织的项目推进会。
P:15.3 乙方人员进入甲方办公场所应遵守甲方安全保密管理规定，并签署个人保密承诺书。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期或部分免除责任。
H:第十七条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江州市退役军人事务局　　　乙方（盖章）：江州云擎数智科技有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:日期：2026年　月　日　　　　　　　　　日期：2026年　月　日
"""

H583Z02 = """T:酿造车间控制系统改造及维保合同
P:合同编号：CJ-SB-2026-0412
P:甲方：泸州醇窖酒业股份有限公司　　地址：四川省泸州市江阳区酒城大道168号
P:乙方：蜀控自动化工程有限公司　　地址：四川省成都市高新区天府三街99号
P:甲方拟对二号酿造车间（窖池1,260口、蒸馏甑24台）的控制系统进行自动化改造。乙方经甲方邀请招标中标。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保事宜订立本合同。
H:一、合同标的与价格
P:（一）乙方提供下表所列设备与软件，并完成控制程序定制开发、安装调试、停产切换及培训。合同总价为人民币1,800,000元（含13%增值税）。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|86,000|516,000
TB:2|窖池温湿度及液位传感器|420点|900|378,000
TB:3|变频器及气动执行机构|1批|246,000|246,000
TB:4|工业交换机及光纤环网|1批|128,000|128,000
TB:5|上位机监控软件许可（永久）|1套|186,000|186,000
TB:6|服务器及操作站|1批|96,000|96,000
TB:|软硬件小计|||1,550,000
TB:7|控制程序定制开发|1项|132,000|132,000
TB:8|安装调试及停产切换|1项|98,000|98,000
TB:9|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,800,000
P:（二）合同总价为固定价格，除甲方书面变更需求外不作调整。
H:二、交付与工期
P:（一）乙方应于合同生效后45日内将全部设备运抵甲方车间，并在甲方安排的停产窗口（不超过10日）内完成新旧系统切换。
P:（二）停产切换方案须经甲方生产部门书面确认，切换期间乙方应安排不少于6名工程师驻场。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即180,000元，作为预付款。
P:（二）设备到货并安装完毕后，甲方支付合同总价的55%，即990,000元。到货签收及安装完毕不代表质量验收。
P:（三）终验合格后，甲方支付合同总价的35%，即630,000元。
P:（四）乙方应在每次付款前开具相应金额的增值税专用发票。
H:四、验收
P:（一）终验标准：1.全部I/O点逐点校验正确；2.窖池温度测量误差不超过±0.3℃；3.控制回路连续运行720小时无一级故障；4.上位机画面刷新时间不超过2秒；5.与甲方MES系统的数据接口比对一致；6.操作及维护文档齐全。
P:（二）甲方组织工艺、设备、信息部门联合验收，出具书面验收报告。设备投入生产使用不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:五、质保与维保
P:（一）质保期为十八个月，自终验合格之日起算。质保期内乙方免费维修、更换故障部件，免费升级上位机软件。
P:（二）质保期满后，乙方继续提供维保服务，维保年费固定为人民币403,000元（即软硬件小计的26%），维保期间不作上调，按季度支付。维保内容包括季度巡检、备件更换、程序优化及7×24小时技术支持。
P:（三）故障分级：一级故障（影响发酵或蒸馏生产）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障下一工作日处理。
P:（四）乙方响应或到场超时的，每超时1小时向甲方支付人民币2,000元；一级故障恢复超时的，每超时1小时支付人民币3,000元，可从应付款中扣除。
P:（五）维保期间乙方每季度对控制柜、传感器及网络设备进行一次全面巡检，出具巡检报告，对温度传感器每半个年度进行一次校准，并保证常用备件库存满足三个工作日内更换的需要。
H:六、知识产权
P:（一）设备内置软件及上位机软件的知识产权归原权利人，甲方享有永久使用权。
P:（二）为甲方定制开发的控制程序、组态工程文件、接口程序及其源代码归甲方所有，甲方可自由使用、修改并许可他人使用。
H:七、数据安全
P:（一）控制系统采集的工艺参数、配方及生产数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准并通过工业防火墙和堡垒机接入，不得拷贝生产数据，不得在控制网络中接入未经检查的移动介质。
P:（三）因乙方原因导致数据泄露、篡改或控制系统被入侵的，乙方应在1小时内报告甲方，并承担由此造成的全部损失。
H:八、保密
P:双方对履约中获悉的对方商业秘密负有保密义务，尤其是甲方的酿造工艺和配方资料，保密义务在合同终止后持续有效。
H:九、分包
P:乙方可将电气安装、桥架敷设等辅助工作分包给具备相应资质的单位，但应提前3个工作日书面告知甲方；乙方对分包工作承担全部责任。
H:九之一、安全生产与现场管理
P:（一）乙方施工人员进入车间前应接受甲方安全教育，遵守甲方动火、登高、有限空间作业等安全管理制度，特种作业人员须持证上岗。
P:（二）酿造车间属于防火重点区域，乙方在车间内使用电焊、切割等工具的，须提前办理动火审批手续，并配备消防器材及专人监护。
P:（三）乙方应做好成品保护，不得损坏甲方的窖池、管道及其他设施，造成损坏的应负责修复或赔偿。
P:（四）乙方应在每日施工结束后清理现场，施工垃圾及包装物按甲方指定地点堆放并及时清运。
H:九之二、项目管理
P:（一）乙方应指定一名具有自动化工程经验的项目经理常驻现场，负责进度、质量、安全及与甲方各部门的协调。
P:（二）乙方每周提交工程周报，停产切换期间每日向甲方生产部门汇报切换进度及次日计划。
P:（三）乙方应在终验前向甲方提交竣工图纸、I/O点表、控制程序备份、设备说明书及操作维护手册各两套，并提供电子版。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交泸州仲裁委员会仲裁。
H:十二之一、不可抗力与通知
P:（一）因地震、洪水、疫情等不可抗力导致一方不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
P:（二）双方往来通知以书面形式送达合同首部所列地址，或发送至双方项目负责人的电子邮箱。
P:（三）甲方项目负责人为设备部部长，乙方项目负责人为本项目经理，任何一方变更负责人应书面通知对方。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：泸州醇窖酒业股份有限公司　　　乙方（盖章）：蜀控自动化工程有限公司
P:授权代表：　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　日期：2026年　月　日
"""

H583Z03 = """宠物医院病历及收费管理SaaS服务合同

合同编号：AH-IT-2026-033

甲方（客户）：安和宠物医疗管理（上海）有限公司（代表其下属18家门店医院）
地址：上海市闵行区虹梅路2016号
乙方（服务商）：宠云信息科技（杭州）有限公司
地址：浙江省杭州市滨江区江南大道588号

鉴于甲方需要为其下属18家宠物医院统一部署电子病历、收费、库存及会员管理系统，乙方拥有“宠云”宠物医院管理SaaS平台，双方经协商，就乙方向甲方提供SaaS订阅服务及实施服务事宜订立本合同。

1. 服务内容
1.1 乙方向甲方18家门店医院提供“宠云”平台专业版的订阅服务，包括电子病历、挂号分诊、收费结算、药品耗材库存、会员及疫苗提醒、经营报表模块，每家门店不限账号数。
1.2 乙方提供实施服务：18家门店的历史病历及会员数据迁移、收费项目及价目表配置、与甲方财务系统及第三方支付渠道的接口对接、门店人员培训及上线陪护。
1.3 服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。

2. 费用
2.1 合同总价为人民币1,530,000元（含6%增值税），明细如下：
    订阅费：18家 × 26,000元/家/服务年度 × 3个服务年度 = 1,404,000元
    实施费（数据迁移、配置、接口、培训）：126,000元（一次性）
    合计：1,530,000元
2.2 服务期内订阅单价固定，不作调整。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度结算，每季度结束后15个工作日内，甲方根据乙方提交的服务报告和发票支付该季度费用（即117,000元/季度）。
3.3 本合同不设预付款。

4. 实施与上线验收
4.1 乙方应在合同签订后60日内完成全部门店上线。
4.2 上线验收标准：（1）历史病历及会员数据迁移后抽样核对2,000条，差错率不高于0.1%；（2）收费结算与支付渠道对账连续10日一致；（3）高峰时段（每店20个并发操作）页面响应不超过2秒；（4）门店人员培训考核合格；（5）实施文档齐全。
4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。上线使用不视为验收合格。

4.4 实施期间乙方应指定一名实施经理，按门店分批推进，每批门店上线前完成模拟收费及病历录入演练，上线后安排实施人员驻店陪护不少于3个营业日。
4.5 乙方应为甲方提供管理员培训和门店操作培训，培训教材及视频归甲方使用。

5. 服务水平
5.1 平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。
5.2 故障等级及响应：一级故障（收费或病历功能在任一门店不可用）30分钟内响应、3小时内恢复；二级故障1小时内响应、8小时内恢复；三级故障1个工作日内响应。
5.3 服务抵扣：月度可用率每低于承诺值0.1个百分点，抵扣当月订阅费的5%；一级故障响应或恢复超时的，每次抵扣当月订阅费的2%。抵扣金额在下季度付款时扣除。

5.4 乙方应提供7×24小时服务热线及在线工单渠道，并在每月前5个工作日内提交上月服务报告，包括可用率、故障统计、处理时长及改进措施。
5.5 平台版本升级应在门店非营业时段进行，并提前5个工作日通知甲方；升级不得减少甲方已订阅的功能。
5.6 乙方应每日对甲方数据进行备份，备份数据保存不少于30日，数据恢复点目标不超过1小时。

5.7 乙方应为甲方指定一名客户成功经理，每个季度与甲方召开一次服务回顾会，分析门店使用情况、故障及改进需求，并形成会议纪要。
5.8 甲方新开门店需接入平台的，按第2.1条的订阅单价按剩余服务期折算计费，乙方应在接到通知后10个工作日内完成新店开通及培训。

6. 知识产权
6.1 平台及其升级版本的知识产权归乙方。
6.2 乙方为甲方定制的报表、接口程序及配置成果归甲方所有，甲方可自由使用、修改，并可许可第三方使用。

7. 数据安全
7.1 甲方上传或在平台中产生的病历、宠物主人个人信息、收费及经营数据均归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的。
7.2 数据存储于中国境内的云平台，乙方应采取加密传输与存储、访问权限分级、操作日志留存不少于180日等措施，每个服务年度提供一次第三方安全评估报告。
7.3 发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据并彻底删除。

8. 保密
双方对因本合同获知的对方商业秘密及客户信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

9. 违约责任
9.1 乙方未按第4.1条期限完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
9.2 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

10. 续期
10.1 服务期届满前60日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
10.2 每次续期时，乙方有权根据其价格政策单方上调订阅单价，上调幅度不超过上一服务年度单价的8%，并于续期前30日通知甲方。

11. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，或连续两个月月度可用率低于承诺值的，甲方有权书面通知解除本合同，并要求乙方退还已付未消耗的费用。
12.2 任何一方进入破产程序的，另一方可解除本合同。

12.3 合同因乙方原因解除的，乙方应配合甲方完成数据迁移，并在迁移完成前继续提供不少于60日的过渡服务，过渡期内不另行收费。

13. 不可抗力、通知及法律适用
13.1 一方因不可抗力不能履行合同的，应及时通知对方并在15日内提供证明，双方协商后续安排。
13.2 双方通知以书面形式送达本合同首部所列地址或双方指定的电子邮箱。
13.3 法律适用与争议：本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

13.4 甲方应按乙方提供的操作规范使用平台，妥善保管管理员账号和密码；因甲方人员泄露账号造成的损失由甲方自行承担，但乙方应协助甲方追查和补救。
13.5 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14. 其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件：门店清单、实施计划、服务水平细则。

甲方（盖章）：安和宠物医疗管理（上海）有限公司
授权代表：
日期：2026年　月　日

乙方（盖章）：宠云信息科技（杭州）有限公司
授权代表：
日期：2026年　月　日
"""

H583Z04 = """江城市急救中心120调度指挥系统年度运维服务合同

合同编号：JCJJ-YW-2026-008
采购方式：竞争性磋商　　项目编号：JCCG-2026-C-0317

甲方：江城市急救中心
地址：江城市解放北路215号
乙方：江城信达系统工程有限公司
地址：江城市经济开发区光谷一路36号

根据甲方竞争性磋商文件、乙方响应文件及成交通知书，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就甲方120调度指挥系统的年度运维服务订立本合同。

（1）服务范围
运维对象为甲方120调度指挥系统，包括呼叫受理及调度软件、录音录像系统、车辆定位及车载终端管理平台、大屏显示系统、调度席位终端36席及相关服务器、网络和安全设备。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。

（3）服务内容
①驻场运维：乙方派驻2名工程师实行7×24小时轮班值守，负责日常监控、故障处置、数据备份和配置变更；
②远程支持及应急保障：重大活动及极端天气期间增派工程师现场保障；
③巡检及等保配合：每季度全面巡检一次，出具巡检报告，配合甲方完成等级保护测评整改；
④备品备件：乙方储备关键备件，故障部件免费更换。

⑤系统优化：根据运行情况提出优化建议，经甲方同意后实施数据库优化、日志清理和性能调整；
⑥应急演练：每半个服务期组织一次调度系统切换及灾备演练，演练方案须经甲方审定；
⑦文档管理：建立并持续更新设备台账、网络拓扑、配置基线和运维知识库，服务期满时完整移交甲方。

（3之一）驻场人员要求
①驻场工程师应具备相应的网络、数据库或系统运维工作经验，其中至少1人持有信息安全相关资质证书；
②驻场人员名单须经甲方确认，乙方更换驻场人员应提前10日书面征得甲方同意，并完成工作交接；
③驻场人员应遵守甲方作息、值班及调度大厅管理规定，不得在调度席位使用个人移动存储设备；
④乙方应为驻场人员购买人身意外伤害保险，驻场人员在工作中发生的人身伤害由乙方负责处理。

（4）服务费用
服务费总额为人民币740,000元（含税），明细如下：驻场运维服务468,000元；远程支持及应急保障126,000元；巡检及等保配合84,000元；备品备件62,000元。服务费为固定总价，服务期内不作调整。

服务费已包含乙方人员的工资、社保、交通、食宿、工具仪表、备品备件及税费等全部费用，甲方不再另行支付其他费用。

（5）付款方式
服务费按季度支付，每季度结束后15个工作日内，甲方凭乙方发票支付该季度服务费185,000元。本合同不设预付款。

（6）服务水平
①调度系统核心功能月度可用率不低于99.99%；
②一级故障（呼叫受理或调度功能中断）：10分钟内响应，30分钟内到达现场，2小时内恢复；
③二级故障（部分席位或定位功能异常）：30分钟内响应，6小时内恢复；
④三级故障：2小时内响应，48小时内解决；
⑤乙方每月提交运维月报，包括故障统计、处理时长和改进措施。
乙方未达到上述服务水平的，应在3个工作日内提交书面整改报告并落实整改。

（7）季度考核与年度验收
季度考核由甲方按考核细则进行，考核内容包括故障处理时效、巡检完成率、月报质量和值守记录，考核得分不低于85分为合格。服务期满后，甲方根据四个季度的考核结果、运维文档移交情况及系统运行状况组织年度验收，出具书面验收意见。

（7之一）变更管理
乙方对系统配置、软件版本及网络策略的任何变更，均应提前提交变更申请，说明变更内容、影响范围及回退方案，经甲方信息科审批后在业务低峰时段实施；紧急变更可先口头报批后补办手续。变更完成后乙方应更新配置基线并记录在案。

（7之二）重大保障
春节、国庆等节假日及重大活动、极端天气预警期间，乙方应根据甲方通知增派不少于2名工程师到调度大厅现场值守，并提前完成专项巡检和备件准备，保障期间所需费用已包含在服务费中。

（7之三）运维交接
服务期开始前，乙方应与原运维单位完成交接，接收设备台账、配置文件、账号清单及遗留问题清单，并在服务开始后10日内向甲方提交系统现状评估报告。服务期满时，乙方应按同样要求向甲方或甲方指定的下一家运维单位完成交接，交接期间乙方人员应继续到岗配合，确保调度业务不中断。

（7之四）运维记录
乙方应如实填写值班日志、故障处理单和变更记录，相关记录由甲方保存，作为季度考核和年度验收的依据。

（8）知识产权
乙方在运维过程中为甲方编写的运维脚本、报表模板及技术文档归甲方所有，甲方可自由使用和修改。

（8之一）甲方义务
甲方应为乙方驻场人员提供必要的办公条件、值班场所和网络接入，及时提供原厂技术资料和账号权限，指定信息科一名工作人员作为联系人，负责日常沟通、考核和验收组织。甲方对乙方提交的变更申请和整改报告应在3个工作日内给予答复。

（9）数据安全
①调度系统中的呼救录音、患者信息、车辆轨迹等数据归甲方所有，乙方不得复制、留存或用于运维以外的任何目的；
②乙方人员须签署保密及数据安全承诺书，所有操作通过堡垒机进行并留存审计日志；
③发生数据泄露或安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（10）保密
乙方对在服务中知悉的甲方信息、患者隐私及系统配置负有保密义务，保密义务不因合同终止而解除。

（11）违约责任
①乙方未按约定期限完成季度巡检或提交巡检报告的，每逾期一日按服务费总额的千分之一支付违约金；
②甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

（12）分包
乙方不得将本合同项下的服务转包或分包。

（13）合同的履行与解除
鉴于调度系统关系公共急救安全，服务期内双方均应全面履行本合同，任何一方不得提前解除本合同；履行中出现的问题，由双方协商处理，乙方应按第（6）项的要求持续整改。

（14）服务期满
服务期满本合同终止，不自动续期。甲方如需继续采购，依政府采购程序另行确定供应商。

（15）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（15之一）不可抗力
因地震、洪水等不可抗力导致一方不能按约履行的，应及时通知对方并尽力减少损失，双方根据影响程度协商处理。

（15之二）廉洁条款
乙方不得向甲方工作人员提供任何形式的财物或其他利益。违反本条的，甲方有权向有关部门报告并按政府采购有关规定处理。

（16）其他
本合同一式四份，甲方三份，乙方一份。附件：运维服务考核细则、设备清单、驻场人员名单。

甲方（盖章）：江城市急救中心　　　　　　乙方（盖章）：江城信达系统工程有限公司
代表人：　　　　　　　　　　　　　　　　代表人：
日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

H583Z05 = """# 荷香食品藕粉加工管理系统 软件许可及定制开发合同

**（藕满仓软件标准合同文本 V3.0）**

- 合同编号：OMC-2026-HX-021
- 甲方（用户）：荷香食品有限公司（湖北省孝感市应城市藕塘工业园8号）
- 乙方（供应商）：武汉藕满仓软件有限公司（武汉市东湖高新区光谷大道77号）

甲方因藕粉生产、仓储、质检及追溯管理需要，向乙方采购“藕满仓”加工管理软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。

## 第一条 产品与服务

1. 乙方向甲方提供“藕满仓”加工管理软件标准版的永久使用许可，包含原料收购、生产工单、仓储、质检、批次追溯五个模块，部署于甲方自有服务器，用户数不超过60个。
2. 乙方根据甲方需求进行定制开发：与甲方磨浆、沉淀、烘干流水线的数据采集对接，藕粉批次追溯码及电商渠道对接，定制经营报表。
3. 乙方负责软件安装、基础数据初始化及操作培训。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 藕满仓加工管理软件标准版许可（永久） | 1套 | 268,000 |
| 2 | 定制开发（流水线对接、追溯码、电商接口、报表） | 1项 | 196,000 |
| 3 | 安装、初始化及培训 | 1项 | 46,000 |
| | **合计** | | **510,000** |

合同总价人民币伍拾壹万元整（¥510,000），含税。

说明：上述价格不含服务器、操作系统、数据库及网络设备，该等软硬件由甲方自行采购；如需乙方代购，另行报价。乙方人员出差到甲方现场的交通、食宿费用已包含在实施费中，超过计划人天的现场服务按每人天人民币1,800元另行计费。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的65%，即人民币331,500元，乙方收款后启动项目。
2. 软件安装上线后10个工作日内，甲方支付合同总价的35%，即人民币178,500元。
3. 乙方收到款项后开具增值税普通发票。

## 第四条 交付

1. 乙方在收到首付款后按双方确认的项目计划开展工作，计划工期为90日。
2. 因需求变更、甲方配合不及时或其他非乙方原因导致延期的，工期相应顺延。
3. 乙方不承担因延期产生的任何违约金或赔偿责任。

4. 甲方应为乙方提供必要的工作场地、服务器、网络环境及流水线设备接口资料，并指定项目联系人。因甲方未及时提供上述条件的，乙方有权暂停工作。
5. 项目计划包括需求调研、系统配置、定制开发、数据初始化、培训及上线六个阶段，具体时间以双方确认的项目计划为准。

## 第五条 验收

软件安装上线后，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方在后续版本中统筹考虑。

## 第六条 免费维护与后续服务

1. 免费维护期为六个月，自软件安装上线之日起计算。免费维护期内，乙方通过电话、远程方式提供技术支持及缺陷修复。
2. 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订年度服务合同，服务费按乙方届时公布的服务价格标准执行。
3. 乙方接到甲方故障报告后，将在合理时间内尽力响应并处理。

4. 甲方应安排专人负责系统日常管理，按乙方提供的操作手册使用软件。因甲方操作不当、擅自修改配置、服务器故障或病毒感染导致的问题，不属于免费维护范围，乙方可另行收费处理。
5. 乙方提供的标准版软件升级以乙方发布为准，定制部分的升级适配费用另行计算。

## 第七条 知识产权

1. 软件产品及其文档的知识产权归乙方所有。
2. 本合同项下定制开发的程序、接口、报表模板及相关源代码的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第八条 数据

1. 甲方的生产及经营数据归甲方所有。
2. 甲方同意，乙方可将甲方数据经脱敏处理后用于产品改进、行业分析及乙方其他客户的咨询服务，无需另行取得甲方同意。
3. 乙方在提供远程支持时应使用加密通道，采取访问控制和日志记录措施，不得向第三方泄露甲方未脱敏数据。因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

4. 甲方应自行做好服务器数据的日常备份。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，保密期限至该信息公开之日止。

## 第十条 责任限制

1. 乙方在本合同项下的累计赔偿责任，以软件许可费金额（即人民币268,000元）为限。
2. 乙方不对甲方的间接损失、利润损失、数据损失承担责任。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十一条之一 不可抗力

因地震、洪水、疫情、政府行为、电力或通信中断等不可抗力事件导致一方不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十一条之二 培训

1. 乙方为甲方提供系统管理员培训和车间操作人员培训，培训在甲方现场进行，培训人数合计不超过40人次。
2. 培训内容包括原料收购登记、生产工单下达、成品入库、质检录入、批次追溯查询及报表查看，培训教材的电子版交甲方内部使用。

## 第十一条之三 通知

双方往来通知以书面形式送达本合同首部地址，或以双方项目联系人的电子邮件、企业微信发送，发出之日视为送达。

## 第十一条之四 需求变更

1. 需求调研完成后，双方签署需求确认书。需求确认书签署后甲方提出新增或变更需求的，乙方进行评估并报价，经甲方书面确认后实施，工期相应顺延。
2. 因需求变更增加的开发费用按每人天人民币1,800元计算，由甲方在变更完成后一次性支付。

## 第十一条之五 项目联系人

1. 双方各指定一名项目联系人，负责需求确认、进度沟通、文档签收和问题协调。甲方联系人为生产部经理，乙方联系人为本项目实施经理。
2. 项目联系人变更的，应提前3个工作日书面通知对方。双方联系人签字确认的会议纪要、需求确认书和培训签到表作为项目文档保存。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 其他

1. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
2. 本合同文本为乙方标准文本，未尽事宜由双方另行签订补充协议。

| 甲方（盖章）：荷香食品有限公司 | 乙方（盖章）：武汉藕满仓软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

H583E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SOH-CN-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Sohar Asset Systems LLC, a limited liability company registered in the Sultanate of Oman with its office at Plot 112, Falaj Al Qabail Industrial Estate, Sohar, Oman (the "Vendor"); and
P:(2) Hunan Xiangjiang Cement Co., Ltd., a company established in the People's Republic of China with its office at 66 Furong Middle Road, Changsha, Hunan Province (the "Customer").
P:Recitals: (A) The Vendor develops and licenses the MAINTAIN-X enterprise asset management software used by cement, mining and port operators. (B) The Customer operates two clinker lines and four grinding stations and wishes to replace its maintenance spreadsheets with a single asset management system. (C) The parties wish to record the terms on which the Vendor will license the software to the Customer on a perpetual basis and perform the related implementation services.
H:Article 1 Definitions
P:1.1 "Software" means the MAINTAIN-X server, web and mobile modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data migration scripts, configuration workbooks and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Software at all six Customer sites.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including equipment records, work orders, spare-part stock and personnel data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in mainland China for the internal business purposes of the Customer and its subsidiaries, for the number of users stated in Article 3.
P:2.2 The Vendor shall perform the following services: configuration of the asset hierarchy for the six sites, migration of about 41,000 equipment records and 6 years of work-order history, an interface with the Customer's ERP system for purchase requisitions and spare-part stock, an interface with the plant DCS for running-hour counters, user training and Go-Live support.
P:2.3 The Customer shall provide servers, network access, a project manager and timely decisions as set out in the project plan agreed at the kick-off meeting.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total contract price is CNY 1,410,000 (the "Contract Price"), inclusive of all taxes applicable in China, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|MAINTAIN-X server licence, perpetual|1|420,000|420,000
TB:2|Named user licences, perpetual|150|3,200|480,000
TB:3|Mobile technician licences, perpetual|60|1,500|90,000
TB:|Licence subtotal|||990,000
TB:4|Configuration and data migration|1 lot|236,000|236,000
TB:5|ERP and DCS interfaces|1 lot|148,000|148,000
TB:6|Training and Go-Live support|1 lot|36,000|36,000
TB:|Contract Price|||1,410,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 282,000) within 15 days after signature and receipt of a valid invoice and an advance payment bank guarantee of the same amount.
P:4.2 45% of the Contract Price (CNY 634,500) within 15 days after Go-Live.
P:4.3 35% of the Contract Price (CNY 493,500) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's CNY account stated on the invoice.
H:Article 5 Delivery Schedule
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature and shall request Final Acceptance after a stabilisation period of 60 days following Go-Live.
P:5.2 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Final Acceptance requires that: (a) all functions in the agreed specification pass the acceptance test scripts; (b) a full reconciliation of migrated equipment records and work-order history shows no unresolved difference; (c) the ERP and DCS interfaces run for 20 consecutive working days without data loss; (d) response time for standard screens is under 3 seconds with 120 concurrent users; and (e) no Priority 1 or Priority 2 defect is open.
P:6.2 The Customer shall issue the acceptance certificate or a written list of defects within 10 working days after the Vendor's request. Go-Live, productive use or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:7.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 108,900 per year, and the Vendor shall not increase it during the first three support years. Any later increase shall not exceed 3% per year.
P:7.3 During the Warranty Period and any support period the following response times apply: Priority 1 (system down or maintenance work orders cannot be issued at any site): response within 1 hour and workaround within 8 hours; Priority 2: response within 2 hours and fix within 2 working days; Priority 3: response within 1 working day.
P:7.4 For each full hour by which the Vendor exceeds a Priority 1 response or workaround time, the Vendor shall give a service credit of CNY 1,500, deducted from the next payment or support invoice.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with named accounts approved by the Customer, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. No Customer Data may be transferred outside mainland China.
P:9.3 The Vendor shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data, cooperate in its remediation, and bear all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information disclosed by the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:11.2 The limit in Article 11.1 does not apply to breach of Articles 9 and 10, infringement of third-party rights, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination by the Customer under Article 13.1 the Vendor shall refund the payments received for undelivered work and deliver all completed Custom Deliverables.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Sultanate of Oman.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration at the Oman Commercial Arbitration Centre in Muscat, in English, by a sole arbitrator.
H:Article 14A Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, provided it notifies the other party within 5 days and takes reasonable steps to limit the effects. The schedule is extended by the period of the delay.
H:Article 14B Project Management
P:Each party shall appoint a project manager. The Vendor's project manager shall attend a weekly progress meeting, online or at the Customer's site, and submit a written progress report listing completed tasks, open issues and risks.
H:Article 15 General
P:15.1 This Agreement, with its annexes (specification, project plan, acceptance test scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party.
P:For the Vendor: Sohar Asset Systems LLC. Name: ______ Title: ______ Date: ______
P:For the Customer: Hunan Xiangjiang Cement Co., Ltd. Name: ______ Title: ______ Date: ______
"""

H583E02 = """# ORDER FORM No. LUS-OF-2026-0387

**Vendor:** Lusail Cloud Services W.L.L., Tower 3, Marina District, Lusail, State of Qatar ("Vendor")

**Customer:** Hangzhou Longjing Tea House Chain Co., Ltd., 18 Longjing Road, Xihu District, Hangzhou, Zhejiang, China ("Customer")

This Order Form is issued under, and incorporates, the General Terms set out below. In case of conflict, this Order Form prevails over the General Terms.

## Part A - Order Details

| Item | Detail |
|---|---|
| Service | LusailDesk omnichannel customer service and membership platform, Professional edition |
| Hosting | Vendor's tenant in a mainland China public cloud region (Shanghai) |
| Subscription Term | 3 Subscription Years, from 1 June 2026 to 31 May 2029 |
| Agent seats | 150 named agent seats |
| Channels | WeChat official account, mini-program, web chat, e-mail, hotline integration |
| Currency | CNY, at the Customer's request |

### Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Platform fee | per Subscription Year, 186,000 x 3 | 558,000 |
| Agent seats | 150 seats x 1,240 per Subscription Year x 3 | 558,000 |
| Onboarding (one-time) | configuration, data import, integrations, training | 84,000 |
| **Total fees for the Subscription Term** | | **1,200,000** |

Additional seats ordered during the Subscription Term are charged pro rata at the same unit price. Message volumes above the fair-use allowance in the Documentation are billed monthly at the rates in the Documentation and are not part of the total above.

### Payment

1. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
2. Subscription fees are invoiced quarterly in advance, from the Service Start Date, and are payable within 30 days of invoice. No other advance payment is due.

### Onboarding Plan

The Vendor shall complete onboarding and make the Service available for production use at all 126 tea houses and the central service team by the Go-Live Date of 15 July 2026.

Signed for the Vendor: ____________  Name / Title / Date

Signed for the Customer: ____________  Name / Title / Date

## Part B - General Terms

### Section 1. Definitions

1.1 "Service" means the subscription service described in the Order Form, including its documentation ("Documentation") and updates made generally available by the Vendor.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including member profiles, order histories, chat transcripts and call recordings.

1.3 "Subscription Year" means each period from 1 June to 31 May of the following calendar year within the Subscription Term.

1.4 "Go-Live Acceptance" means the Customer's written confirmation under Section 3.2.

1.5 "Customer Configurations" means the workflows, routing rules, templates, reports and integration code built by the Vendor for the Customer.

### Section 2. The Service

2.1 The Vendor shall provide the Service to the Customer during the Subscription Term in accordance with the Documentation and these General Terms.

2.2 The Customer may permit its employees and those of its franchised tea houses to use the Service within the number of seats ordered.

2.3 The Vendor may update the Service from time to time, provided that no update materially reduces the functions ordered.

### Section 3. Onboarding and Acceptance

3.1 Onboarding covers tenant set-up, import of about 2.3 million member records, integration with the Customer's point-of-sale, membership and hotline systems, configuration of routing and service-level rules, and train-the-trainer sessions.

3.2 Go-Live Acceptance requires that: (a) imported member records reconcile with the source extract with no unexplained difference; (b) the point-of-sale and membership integrations pass the agreed test cases on 10 consecutive business days; (c) a load test of 150 concurrent agents shows median screen response under 2 seconds; and (d) the Customer's trainers pass the Vendor's certification. The Customer shall confirm acceptance or list the failures within 7 business days after the Vendor's notice of readiness. Production use before that confirmation is not acceptance.

3.3 If the Vendor does not achieve Go-Live Acceptance by the Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay, up to CNY 20,000 in total.

### Section 4. Service Levels

4.1 The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Incident response: Severity 1 (Service unavailable or agents unable to answer contacts): response within 30 minutes, 24x7, and restoration or workaround within 3 hours; Severity 2 (a major function degraded): response within 2 hours; Severity 3: response within 1 business day.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly fees for each started 0.1 percentage point of shortfall, up to 50% of the monthly fees. Each missed Severity 1 response time gives a credit of 2% of the monthly fees. Credits are deducted from the next invoice.

### Section 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data.

5.2 The Customer grants the Vendor a worldwide, royalty-free licence to use Customer Data to provide the Service and, in aggregated and anonymised form, to improve the Vendor's products, train its routing and sentiment models and publish industry benchmarks. Aggregated and anonymised data and the models trained on it belong to the Vendor and survive termination.

5.3 Within 30 days after the end of the Subscription Term the Vendor shall return Customer Data in a standard format on request and then delete it from production systems.

### Section 6. Data Security

6.1 The Vendor shall maintain an information security programme certified to ISO/IEC 27001 and an MLPS level-3 filing for the Service, including encryption in transit and at rest, role-based access control, logging of administrator access and annual penetration tests.

6.2 Customer Data shall be stored and processed only in mainland China.

6.3 The Vendor shall notify the Customer of any security breach affecting Customer Data within 24 hours, cooperate with the Customer's investigation and notifications to regulators and data subjects, and compensate the Customer for losses caused by a breach resulting from the Vendor's failure to comply with this Section 6.

### Section 7. Confidentiality

7.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Agreement and disclose it only to personnel and advisers bound by equivalent duties.

7.2 These obligations continue for three years after the end of the Subscription Term, and for trade secrets as long as they remain trade secrets.

### Section 8. Intellectual Property

8.1 The Vendor retains all rights in the Service, the Documentation and its general tools and know-how.

8.2 Customer Configurations are owned by the Customer, and the Vendor shall hand them over with their source code on request. The Customer may use, modify and license them freely.

### Section 9. Sub-processors

9.1 The Vendor may engage sub-processors, including the cloud hosting provider, only with the Customer's prior written consent. The hosting provider named in Annex 2 is approved by the Customer's signature of this Order Form.

9.2 The Vendor remains fully responsible for its sub-processors.

### Section 10. Limitation of Liability

10.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer under the Order Form in the 6 months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or lost profits. The limits in this Section do not apply to the Customer's payment obligations or to a party's fraud.

### Section 11. Term and Termination

11.1 The Agreement runs for the Subscription Term and ends on its expiry unless the parties sign a new Order Form. There is no automatic renewal.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund prepaid fees for the period after termination.

### Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### Section 12A. Customer Responsibilities

12A.1 The Customer shall provide timely access to its point-of-sale, membership and hotline systems for integration, appoint a project lead and make its trainers available for certification.

12A.2 The Customer is responsible for the content it sends to members through the Service and for obtaining member consents required by PRC law.

### Section 13. General

13.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate as part of a reorganisation.

13.2 Notices must be in writing and sent to the addresses in the Order Form.

13.3 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
"""

H583E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD STORE MONITORING SENSORS
P:Contract No. QDHX-PUR-2026-052
P:Buyer: Qingdao Haixian Cold Chain Co., Ltd., 9 Qianwangang Road, Huangdao District, Qingdao, Shandong Province, China (the "Buyer").
P:Supplier: Shuwaikh Sensing Technologies Co. W.L.L., Block 2, Street 24, Shuwaikh Industrial Area, Kuwait City, State of Kuwait (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms following the Buyer's invitation to tender of 12 February 2026 and the Supplier's tender of 6 March 2026. The Buyer operates a cold store of 48 rooms (frozen, chilled and ammonia machine rooms) at its Huangdao site and requires continuous monitoring of temperature, humidity, door status and ammonia leaks, with alarms to operators and records for food-safety audits.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in clause 2.
P:1.2 "Software" means the monitoring platform licensed under clause 2, including its dashboards and alarm engine.
P:1.3 "Works" means supply, installation, configuration, commissioning and training under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply and install the following and perform the Works for a fixed total price of CNY 1,030,000 (the "Contract Price"), including taxes in China, transport, insurance, customs clearance and import duties:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|480|620|297,600
TB:2|Door status and ammonia leak sensor set|36|4,800|172,800
TB:3|LoRa gateway with 4G backup|24|7,500|180,000
TB:4|Monitoring software licence, perpetual, unlimited users|1|168,000|168,000
TB:5|Application server with UPS|1|82,000|82,000
TB:|Equipment and licence subtotal|||900,400
TB:6|Installation, cabling and mounting|1 lot|96,000|96,000
TB:7|Commissioning, calibration and training|1 lot|33,600|33,600
TB:|Contract Price|||1,030,000
P:2.2 Prices are in CNY and are fixed for the duration of the Contract.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Buyer's Huangdao site within 60 days after signature, and complete installation and commissioning within 30 days after delivery.
P:3.2 Installation in operating cold rooms shall follow the Buyer's site safety rules and work permits. Door openings and power interruptions must be agreed with the Buyer's shift manager in advance.
P:3.3 Risk in the Equipment passes to the Buyer on Final Acceptance.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 103,000) within 15 working days after signature, against an advance payment guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 566,500) within 15 working days after delivery of all Equipment to site, checked against the packing lists. Signature of the delivery note is not acceptance.
P:4.3 35% of the Contract Price (CNY 360,500) within 15 working days after Final Acceptance.
H:5. Liquidated Damages for Delay
P:5.1 If the Supplier delays delivery or completion of the Works, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under clause 13.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor reports to the platform and is mapped to the correct room; (b) a calibration check against a reference thermometer at three points shows an error of no more than 0.5 C; (c) simulated door, temperature and ammonia alarms reach the operator screen and the duty phone within 60 seconds; (d) the system runs for 30 consecutive days without data gaps longer than 10 minutes for any room; and (e) calibration certificates, as-built drawings and manuals are delivered.
P:6.2 The Buyer shall issue the acceptance certificate or a written defect list within 10 working days after the end of the trial run. Use of the system during the trial run is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items within 5 working days, recalibrate sensors once per year, and supply software updates free of charge.
P:7.2 After the warranty, the Supplier shall offer annual support at no more than 7% of the equipment and licence subtotal (CNY 63,028 per year), fixed for the first two support years.
H:8. Service Levels
P:8.1 Priority 1 faults (loss of monitoring or alarms for any room): response within 30 minutes by phone and remote access, engineer on site within 8 hours; Priority 2 faults: response within 2 hours, repair within 2 working days; Priority 3: next working day.
P:8.2 For each hour by which the Supplier exceeds a Priority 1 time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:8.3 The Supplier shall provide a Mandarin-speaking service hotline 24 hours a day, 7 days a week, and shall keep a stock of spare sensors and gateways at its service partner in Qingdao sufficient for replacement within 2 working days.
P:8.4 The Supplier shall send a quarterly report of faults, response times, sensor battery levels and recommended replacements.
H:9. Intellectual Property
P:9.1 The Supplier retains intellectual property in the standard Software and firmware and grants the Buyer a perpetual licence to use them.
P:9.2 Room maps, dashboards, alarm rules, reports and interface code made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All measurements, alarm logs and audit records belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The Software shall be installed on the Buyer's server at the Huangdao site. Remote access by the Supplier requires the Buyer's approval for each session and must use the Buyer's VPN with individual accounts. Data shall not leave the Buyer's systems.
P:10.3 The Supplier shall report any security incident within 2 hours and is liable for all losses caused by a breach attributable to it.
H:11. Confidentiality
P:Each party shall keep confidential the non-public information of the other party, including the Buyer's site layout, customer lists and stock records, and shall not disclose it without written consent. This obligation survives the end of the Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud and breach of clauses 10 and 11, which are not limited.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice.
P:13.2 On such termination the Supplier shall refund all amounts received for items not accepted and remove its equipment at its own cost.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The local cabling contractor must hold valid electrical qualifications.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission.
H:15A. Site Safety and Environment
P:15A.1 The Supplier's personnel shall attend the Buyer's site induction, wear cold-protection clothing and personal protective equipment provided by the Supplier, and follow the Buyer's permit-to-work procedures for work at height, hot work and work in the ammonia machine rooms.
P:15A.2 The Supplier shall collect and remove all packaging and waste from the site and dispose of replaced batteries through a licensed recycler.
H:15B. Training and Documentation
P:15B.1 The Supplier shall train up to 20 operators and 4 administrators of the Buyer on alarm handling, reports, user management and sensor replacement, and shall provide training materials in Chinese.
P:15B.2 Manuals, as-built drawings and the sensor location list shall be delivered in Chinese and English, in paper and electronic form.
H:15C. Force Majeure
P:A party affected by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, shall notify the other party within 5 days and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate the Contract by written notice.
H:15D. Notices
P:Notices shall be in writing in Chinese or English and delivered by hand, courier or e-mail to the addresses in this Contract or other addresses notified in writing.
H:15E. Inspection
P:The Buyer may inspect the Equipment at the port of entry or on delivery to site. Inspection does not relieve the Supplier of its warranty obligations or constitute acceptance.
H:16. Miscellaneous
P:This Contract is signed in two originals in English and Chinese, both equally valid. Annexes: technical specification, site plan, acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

H583E04 = """# MANAGED STORE NETWORK SERVICES AGREEMENT

Agreement No. MNM-CN-2026-021

**Supplier:** Muharraq Network Managed Services B.S.C. (c), Building 1450, Road 4630, Arad, Muharraq, Kingdom of Bahrain ("Supplier")

**Customer:** Suzhou Freshday Supermarket Co., Ltd., 210 Renmin Road, Gusu District, Suzhou, Jiangsu, China ("Customer")

The Customer runs 42 supermarkets in Jiangsu and wishes to outsource the operation of its store networks, Wi-Fi and point-of-sale connectivity. The Supplier operates a network operations centre and a service partner network in East China. The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Sites" means the 42 stores, the head office and the distribution centre listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under clause 4.

1.4 "Service Term" means 24 months from the Service Commencement Date.

1.5 "Monthly Charge" means the recurring charge in Schedule 2.

## 2. SERVICES

2.1 From the Service Commencement Date the Supplier shall monitor, operate and maintain the routers, switches, firewalls, Wi-Fi access points and SD-WAN links at the Sites, manage configuration changes requested by the Customer, replace faulty devices and coordinate with the Customer's telecom carriers.

2.2 The Supplier shall provide a service desk in Mandarin, available 24 hours a day, 7 days a week, reachable by phone, e-mail and the Customer's ticket portal.

2.3 The Supplier shall deliver a monthly service report with availability per Site, incidents, changes and recommendations.

## 3. CHARGES AND PAYMENT

3.1 Charges are set out in Schedule 2 and are stated in CNY. The total charges for the Service Term are CNY 1,320,000.

3.2 The one-time transition charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days.

3.3 No payment is due before the Service Commencement Date.

3.4 The Monthly Charge is fixed for the Service Term. Additional Sites are charged at the per-Site rate in Schedule 2.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Supplier shall complete transition by 31 July 2026, including a survey of all Sites, inventory of devices, configuration back-ups, onboarding of all devices to the Supplier's monitoring tools and a handover from the Customer's current provider.

4.2 Transition is accepted when: (a) all devices at all Sites are visible in the monitoring tools with alarms tested; (b) configuration back-ups for every device are stored and restorable; (c) the service desk has handled test tickets for every Site; and (d) the runbook and contact matrix are approved by the Customer. The Customer shall sign the certificate or list the gaps within 5 business days.

4.3 If transition is not accepted by 31 July 2026 for reasons attributable to the Supplier, the Supplier shall pay CNY 1,650 for each day of delay, up to CNY 66,000.

## 5. SERVICE LEVELS

5.1 The service levels in Schedule 3 apply from the Service Commencement Date.

5.2 If a service level is missed, the Supplier shall grant the service credits in Schedule 3, deducted from the next invoice. Service credits in any month are capped at 25% of that month's Monthly Charge.

5.3 If monthly availability of any Site falls below the target in three consecutive months, the Customer may also terminate the Services for that Site without penalty.

## 6. CUSTOMER DATA

All configuration files, network diagrams, logs, reports and other data relating to the Customer's network, and all data passing through the Customer's network, belong to the Customer. The Supplier shall use them only to perform the Services and shall return them at the end of the Service Term.

## 7. CONFIDENTIALITY

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its personnel and approved subcontractors who need to know it and are bound by equivalent obligations.

7.2 This clause survives termination for three years.

## 8. INTELLECTUAL PROPERTY

8.1 The Supplier retains its monitoring tools, scripts of general use and know-how.

8.2 Configurations, network documentation and reports prepared for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Supplier shall assign a named service delivery manager and shall not replace the manager without prior notice to the Customer.

9.2 The Supplier may use field-service subcontractors in Jiangsu only with the Customer's prior written consent. The Supplier remains responsible for its subcontractors.

## 10. LIABILITY

10.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges for the Service Term.

10.2 Neither party is liable for indirect or consequential loss, except in case of fraud or wilful misconduct.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice, or as provided in clause 5.3.

11.3 On expiry or termination the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 2, including handover of all configurations and documentation to the Customer or its new provider.

## 11A. CUSTOMER RESPONSIBILITIES

11A.1 The Customer shall give the Supplier's engineers access to the Sites during opening hours, with at least 24 hours' notice for planned work, and shall provide rack space, power and carrier contacts.

11A.2 The Customer shall report incidents through the service desk and shall not change device configurations without using the change process.

11A.3 Where a fault is caused by the Customer's own equipment, carrier outages outside the Supplier's control or unauthorised changes, the Supplier is not responsible for the related service levels, but shall help restore the service.

## 11B. GOVERNANCE

11B.1 Each party shall appoint a relationship manager. The parties shall hold a monthly service review to go through the service report, open incidents, planned changes and store openings or closures.

11B.2 Every six months the parties shall hold a management review of the service and agree an improvement plan where service levels have been missed.

11B.3 The Supplier shall keep an up-to-date inventory of all devices, circuits and licences at the Sites and share it with the Customer each quarter.

## 12. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to mitigate. Failures of the Supplier's own subcontractors are not force majeure.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. GENERAL

14.1 Notices shall be in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement and may be amended only in writing.

14.2 Signed in two originals.

For the Supplier: ______________________ Name / Title / Date

For the Customer: ______________________ Name / Title / Date

## SCHEDULE 1 - SITES AND SCOPE

| Site group | Number | Devices per site (typical) |
|---|---|---|
| Supermarkets | 42 | 1 SD-WAN router, 2 switches, 1 firewall, 6 Wi-Fi access points |
| Head office, Suzhou | 1 | 2 core switches, 2 firewalls, 24 access points |
| Distribution centre, Kunshan | 1 | 2 routers, 4 switches, 30 access points |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | all Sites | 72,000 |
| Monthly Charge | 44 Sites, per month, 52,000 x 24 | 1,248,000 |
| Total charges for the Service Term | | 1,320,000 |
| Additional Site | per Site per month | 1,150 |
| Exit assistance | per engineer day | 2,600 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Measure | Target | Service credit |
|---|---|---|
| Network availability per Site, monthly | 99.95% | 3% of the Monthly Charge per started 0.1 point below target |
| P1 incident (Site offline or all tills down): response | within 6 hours | 2% of the Monthly Charge per late response |
| P1 incident: restoration | within 10 hours | 2% of the Monthly Charge per late restoration |
| P2 incident (partial outage): response | within 8 hours | 1% of the Monthly Charge per late response |
| Change requests (standard) | completed within 3 business days | none |
| Monthly service report | by the 5th business day | none |
"""

H583E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: JAF-API-2026-0592

Between
Jafza Maritime Data FZE, a free zone establishment at LOB 15, Office 412, Jebel Ali Free Zone, Dubai, United Arab Emirates (the "Provider"),
and
Ningbo Haitong International Freight Forwarding Co., Ltd., 77 Zhongshan East Road, Haishu District, Ningbo, Zhejiang, China (the "Customer").

Background
A. The Provider compiles vessel position, port call and schedule data from satellite and terrestrial AIS receivers, port authorities and carriers, and makes it available through an application programming interface (the "API").
B. The Customer is a freight forwarder handling sea freight from Ningbo-Zhoushan and Shanghai and wishes to show vessel positions and estimated arrival times in its booking and tracking system.
C. The parties agree that the Provider will grant the Customer access to the API on the following terms.

Clause 1. Definitions
1.1 "Provider Data" means vessel positions, port calls, schedules, estimated times of arrival and related data delivered through the API.
1.2 "Customer Data" means the shipment references, container numbers, booking details and user accounts that the Customer submits to the API or the Provider's portal.
1.3 "Subscription Year" means the period from 1 May 2026 to 30 April 2027 and the period from 1 May 2027 to 30 April 2028.
1.4 "Subscription Term" means both Subscription Years.
1.5 "Go-Live" means the Customer's written confirmation that the integration tests under Clause 4 have been passed.

Clause 2. Subscription
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to use Provider Data in its own systems and to display it to its own customers in the Customer's tracking portal and notifications.
2.2 The subscription includes up to 6,000,000 API calls per calendar month, global vessel coverage, historical port calls for the previous 24 months, and webhook alerts for up to 20,000 tracked containers at a time.
2.3 The Customer shall not resell Provider Data as a data feed or use it to build a competing database.

Clause 3. Fees and Payment
3.1 All fees are stated in Chinese yuan (CNY) and include taxes in China:
    Subscription fee: CNY 336,000 per Subscription Year x 2 Subscription Years = CNY 672,000
    Onboarding and connector development (one-time): CNY 28,000
    Total: CNY 700,000
3.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Overage charges are not part of the total above.
3.3 The onboarding fee is payable within 30 days after Go-Live. The subscription fee is invoiced quarterly in arrears and payable within 30 days of invoice. No advance payment is required.
3.4 The subscription fee is fixed for the Subscription Term.

Clause 4. Onboarding, Connector and Go-Live
4.1 The Provider shall set up the Customer's API keys, deliver a connector that maps Provider Data to the Customer's booking system, and support the Customer's integration testing.
4.2 Go-Live requires that: (a) the connector passes the agreed test cases; (b) vessel positions for a sample of 200 active bookings are returned for at least 98% of the bookings; (c) median API response time is under 800 milliseconds during a 72-hour test; and (d) the interface documentation is delivered. The Customer shall confirm Go-Live or list the failures within 5 business days after the Provider's notice of readiness.
4.3 The Provider shall achieve Go-Live by 15 June 2026. For each day of delay attributable to the Provider, the Provider shall pay CNY 1,000, up to CNY 35,000.

Clause 5. Service Levels
5.1 The API shall be available at least 99.8% of each calendar month, measured at the Provider's gateway, excluding scheduled maintenance announced 48 hours in advance.
5.2 Vessel positions shall be no older than 15 minutes for vessels within terrestrial AIS coverage, under normal conditions.
5.3 Severity 1 incidents (API unavailable or returning errors for more than 10% of calls) shall receive a response within 1 hour at any time and a fix or workaround within 6 hours. Severity 2 incidents (degraded data quality or slow responses) shall receive a response within 3 business hours and a fix within 2 business days.
5.4 If monthly availability falls below 99.8%, the Customer shall receive a credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall. Each Severity 1 incident not answered within the response time gives a credit of CNY 2,000. Credits are deducted from the next invoice.
5.5 The Provider shall publish monthly availability reports in the customer portal.

Clause 6. Customer Data and Data Security
6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the API and the connector and shall not use it for any other purpose, including analytics or product development.
6.2 The Provider shall host the Customer's tracking endpoints and Customer Data in a data centre in mainland China operated by its hosting partner named in Annex 1, encrypt Customer Data in transit and at rest, restrict access to named support staff and keep access logs for 180 days.
6.3 The Provider shall notify the Customer within 24 hours of any breach affecting Customer Data, take immediate remedial steps and compensate the Customer for all losses resulting from a breach caused by the Provider or its hosting partner.
6.4 At the end of the Subscription Term the Provider shall return Customer Data in CSV format on request and then delete it.

Clause 7. Intellectual Property
7.1 The Provider retains all rights in the API and Provider Data, subject to the Customer's rights under Clause 2, which continue for data already displayed or stored in shipment records.
7.2 The connector and mapping tables developed for the Customer belong to the Customer, with source code delivered at Go-Live. The Customer may use, modify and license them freely.

Clause 8. Hosting Partner and Subcontracting
8.1 The hosting partner named in Annex 1 is approved by the Customer's signature of this Agreement.
8.2 The Provider shall not engage any other subcontractor to process Customer Data or to perform the onboarding work without the Customer's prior written consent, and it remains responsible for approved subcontractors.

Clause 9. Warranties
9.1 The Provider warrants that it has the rights needed to license Provider Data to the Customer and that the API will perform substantially as described in the documentation.
9.2 Provider Data is derived from third-party sources. The Provider shall apply industry-standard validation but does not warrant that every position or estimated time of arrival is accurate.

Clause 10. Liability
10.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 3.1.
10.2 Neither party is liable for indirect loss, loss of profit or loss of business, except for breach of Clause 6, fraud or wilful misconduct.

Clause 11. Term, Renewal and Termination
11.1 This Agreement ends at the end of the Subscription Term. A renewal requires a new written agreement signed by both parties; there is no automatic renewal.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
11.3 If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

Clause 11A. Customer Obligations
11A.1 The Customer shall keep its API keys secure, restrict them to its own systems and notify the Provider without delay if a key may have been compromised.
11A.2 The Customer shall follow the rate limits and usage rules in the API documentation and shall inform the Provider in advance of planned traffic peaks, for example before the launch of new tracking features.
11A.3 The Customer shall display the attribution notice required by the Provider's data sources where vessel positions are shown to its own customers.

Clause 11B. Support and Account Management
11B.1 The Provider shall assign a named account manager and give the Customer access to its support portal, with Mandarin and English support during China business hours and English support at other times.
11B.2 The parties shall hold a quarterly review of usage, data quality and planned changes to the API.

Clause 12. Force Majeure
Neither party is responsible for delay or failure caused by events beyond its reasonable control, including failures of satellite networks outside the Provider's control, provided it informs the other party promptly.

Clause 13. Governing Law and Disputes
13.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the people's court with jurisdiction where the Customer is domiciled.

Clause 14. General
14.1 Neither party may assign this Agreement without the other party's written consent.
14.2 Notices must be in writing and sent to the addresses above or to e-mail addresses the parties designate in writing.
14.3 This Agreement, with Annex 1 (hosting partner and support contacts) and Annex 2 (API documentation), is the entire agreement of the parties.

Signed for the Provider: ______________________  Name, title and date
Signed for the Customer: ______________________  Name, title and date
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, category, kind)
    "h583z01": ("h583z01_veterans_affairs_pension_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "h583z02": ("h583z02_distillery_brewhouse_control_upgrade.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "h583z03": ("h583z03_pet_hospital_chain_records_saas.txt", "txt", "zh", "cloud", "service"),
    "h583z04": ("h583z04_emergency_centre_dispatch_om_service.txt", "txt", "zh", "services", "service"),
    "h583z05": ("h583z05_lotus_root_starch_mes_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "h583e01": ("h583e01_cement_eam_licence_oman_vendor.pdf", "pdf", "en", "software", "goods_or_licence"),
    "h583e02": ("h583e02_tea_chain_helpdesk_saas_qatar_vendor.md", "md", "en", "cloud", "service"),
    "h583e03": ("h583e03_cold_store_sensors_kuwait_supplier.docx", "docx", "en", "hardware", "goods_or_licence"),
    "h583e04": ("h583e04_supermarket_managed_network_bahrain.md", "md", "en", "services", "service"),
    "h583e05": ("h583e05_freight_vessel_data_api_dubai.txt", "txt", "en", "cloud", "service"),
}
SRC = {"h583z01": H583Z01, "h583z02": H583Z02, "h583z03": H583Z03, "h583z04": H583Z04, "h583z05": H583Z05,
       "h583e01": H583E01, "h583e02": H583E02, "h583e03": H583E03, "h583e04": H583E04, "h583e05": H583E05}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

def terms(*vals):
    assert len(vals) == len(T) - 1
    return dict(zip(T[:-1], vals))

N = None
# values:    avail  p1  remedy ip  dsec owns conf  ld  cap  prepay acc final warr pwf auto term sub law
LABELS = {
    "h583z01": (terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 8, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2080000)),
    "h583z02": (terms(N, 0.5, True, "buyer", True, True, True, 0.08, N, 10, True, True, 18, 26, False, True, True, "PRC"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1800000)),
    "h583z03": (terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, N, True, N, N, N, True, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1530000)),
    "h583z04": (terms(99.99, 10 / 60, False, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, False, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=740000)),
    "h583z05": (terms(N, N, False, "supplier", True, False, True, N, 268000 / 510000 * 100, 65, False, False, 6, N, False, True, N, N),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=510000)),
    "h583e01": (terms(N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Oman"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1410000)),
    "h583e02": (terms(99.95, 0.5, True, "buyer", True, False, True, 300 / 1200000 * 100, 6 / 36 * 100, N, True, N, N, N, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000)),
    "h583e03": (terms(N, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1030000)),
    "h583e04": (terms(99.95, 6, True, "buyer", False, True, True, 1650 / 1320000 * 100, 150, N, True, N, N, N, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1320000)),
    "h583e05": (terms(99.8, 1, True, "buyer", True, True, False, 1000 / 700000 * 100, 150, N, True, N, N, N, False, True, False, "PRC"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=700000)),
}
# TCO inputs (goods_or_licence only): fee base (itemised licence/hardware subtotal) and the annual post-warranty fee
TCO_IN = {"h583z01": (1080000, 86400), "h583z02": (1550000, 403000), "h583z05": (268000, None),
          "h583e01": (990000, 108900), "h583e03": (900400, 63028)}
FORUM_OUTSIDE = {"h583e01"}  # Muscat arbitration
DESIGN = {
    "h583z01": [],
    "h583z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h583z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h583z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h583z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h583e01": ["CR-GOVERNING-LAW"],
    "h583e02": ["CR-DATA-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP"],
    "h583e03": [],
    "h583e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "h583e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t, x):
    base, fee = TCO_IN[key]
    if fee is None or not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    post = years_after * fee
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
    """My reading of policy.md section 3 applied to the labels."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, x)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
_N = r"(?<![\d.])"
_ZN = "〇零一二三四五六七八九十百点"
PATTERNS = [
    _N + r"99\.9(?!\d)\s*%", r"百分之九十九点九(?![" + _ZN + "])",
    _N + r"4\s*(?:个)?\s*(?:小时|h\b|hours?\b|hrs?\b|-hour)", r"(?<![" + _ZN + r"])四\s*个?\s*小时", r"(?i)(?<![a-z])four[\s-]*hours?",
    _N + r"240\s*(?:分钟|min)",
    _N + r"0\.05(?!\d)\s*%", r"万分之五(?![" + _ZN + "])", r"(?i)0\.05\s*per\s*cent",
    _N + r"100(?![\d.])\s*%", r"百分之(?:一)?百(?![" + _ZN + "])", r"(?i)(?<![a-z])(?:one\s+)?hundred\s+per\s*cent",
    _N + r"30(?![\d.])\s*%", r"百分之三十(?![" + _ZN + "])", r"三成", r"(?i)(?<![a-z])thirty\s+per\s*cent", _N + r"30\s+per\s*cent",
    _N + r"12\s*(?:个)?\s*月", r"(?<![" + _ZN + r"])十二\s*个\s*月", r"(?i)(?<![a-z])twelve[\s-]*(?:calendar\s+)?months?", _N + r"12[\s-]*(?:calendar\s+)?months?",
    r"(?<![" + _ZN + r"第每])一\s*年(?!度)", r"(?i)(?<![a-z])one[\s-]*year(?!\w)",
    _N + r"15(?![\d.])\s*%", r"百分之十五(?![" + _ZN + "])", r"(?i)(?<![a-z])fifteen\s+per\s*cent", _N + r"15\s+per\s*cent",
    _N + r"40(?![\d.])\s*%", r"百分之四十(?![" + _ZN + "])", r"四成", r"(?i)(?<![a-z])forty\s+per\s*cent", _N + r"40\s+per\s*cent",
    _N + r"5\s*(?:个)?\s*年", r"(?<![" + _ZN + r"])五\s*个?\s*年(?!级)", r"(?i)(?<![a-z])five[\s-]*years?", _N + r"5[\s-]*years?",
    _N + r"60\s*(?:个)?\s*月", r"六十\s*个\s*月", r"(?i)(?<![\d.])60[\s-]*months?", r"(?i)(?<![a-z])sixty[\s-]*months?",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "4h", "one-year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时", "24 hours",
             "130%", "140%", "2026年", "35%", "45%", "第一年度", "Subscription Year", "120日", "0.5%", "99.99%",
             "25 years", "百分之三十五", "someone yearly", "1,500 %"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                out.append(m.group(0))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat, kind) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    covered, problems, report = set(), [], []
    for k, (name, fmt, lang, cat, kind) in FILES.items():
        t, x = LABELS[k]
        t = dict(t, contract_kind=kind)
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no label value on a threshold
        for f, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[f] is None or abs(t[f] - thr) > 1e-9, (k, f)
        if k in TCO_IN:
            s = tco_share(k, t, x)
            assert s is None or abs(s - 40) > 2, (k, s)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        bad = hits(text) + hits(SRC[k])
        s = tco_share(k, t, x) if k in TCO_IN else None
        report.append((name, lang, n, rules, risk(rules), s))
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (name, n, lo, hi))
        if bad:
            problems.append("%s threshold text %r" % (name, sorted(set(bad))))
    for r in report:
        print("%-58s %s %5d %-6s %s %s" % (r[0], r[1], r[2], r[4], ",".join(x[3:] for x in r[3]) or "(none)",
                                           "" if r[5] is None else "TCO share %.2f" % r[5]))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    for p in problems:
        print("PROBLEM:", p)
    assert not problems


if __name__ == "__main__":
    main()
