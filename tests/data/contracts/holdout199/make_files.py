"""Builds the ten holdout199 drafts (ordinary contracts, no tricks) from the sources kept in this file.

The .md and .txt files are written as they stand; the two .docx (real Word price tables) and the two .pdf
(paragraphs broken at word boundaries, wrap_words=True) are built with ../word_pdf.py.
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h199z01 (docx, 第X条 + 1.1, buyer's paper)
H199Z01 = """T:青屿市公交智能调度系统建设项目政府采购合同
P:合同编号：QYJT-ZFCG-2026-017
P:项目名称：青屿市公交智能调度系统建设项目（采购方式：公开招标；招标编号：QYCG2026-GK-0342）
P:甲方（采购人）：青屿市交通运输局
P:地址：青屿市滨江路88号
P:乙方（供应商）：华途智能交通科技有限公司
P:地址：南京市江宁区秣周东路12号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同。招标文件、投标文件、中标通知书及澄清文件为本合同不可分割的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设公交智能调度系统，覆盖全市28条公交线路、420辆公交车和60座电子站牌，内容包括车载智能调度终端、电子站牌、调度平台软件、服务器及存储设备的供货，以及定制开发、安装调试、系统集成、试运行保障和培训。
P:1.2 系统应实现车辆实时定位、智能排班、发车调度、到站预报、客流统计、视频调阅、驾驶行为监测和运营报表等功能，并与市公交一卡通系统、交通运输部城市公共交通运行监测平台对接，具体技术要求以招标文件第五章为准。
P:1.3 乙方投入本项目的项目经理和技术负责人应与投标文件一致，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰叁拾万元整（¥5,300,000.00），为含税固定总价，包括设备、软件、运输、保险、安装、调试、集成、培训、质保期内服务及税费等全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|车载智能调度终端（含定位、视频、客流计数）|420台|5,600|2,352,000
TB:2|电子站牌（LCD，太阳能辅助供电）|60块|18,500|1,110,000
TB:3|智能调度平台软件许可（永久）|1套|680,000|680,000
TB:4|服务器及存储设备|1批|436,000|436,000
TB:|软硬件小计|||4,578,000
TB:5|定制开发（一卡通接口、监测平台接口、客流分析报表）|1项|398,000|398,000
TB:6|安装调试及系统集成|1项|286,400|286,400
TB:7|培训|1项|37,600|37,600
TB:|合同总价|||5,300,000
P:2.2 合同履行期间，合同价款不因市场价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,060,000。
P:3.2 全部设备到货、安装完成并通过初验后，甲方支付合同总价的45%，即¥2,385,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥1,855,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后60日内完成全部设备到货，90日内完成全部车辆终端和电子站牌安装及平台部署，120日内完成系统集成与接口联调，具备初验条件。
P:4.2 车载终端安装应在夜间收车后进行，不得影响公交正常运营；每批安装车辆的数量和时间由甲方与各公交运营企业协调确定。电子站牌基础施工应符合市政道路占用的有关规定。
P:4.3 设备到货时由双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不视为质量验收。
H:第五条 验收
P:5.1 初验：全部设备安装、平台部署和接口联调完成后，乙方提交初验申请，甲方在10个工作日内组织初验。初验合格后系统进入为期60日的试运行。
P:5.2 最终验收：试运行结束后，甲方组织专家按招标文件技术要求和下列标准进行最终验收：（1）车辆定位数据上报间隔不大于10秒；（2）到站预报误差不超过60秒的比例不低于90%；（3）客流计数准确率不低于95%；（4）与一卡通系统、公交运行监测平台的数据对接连续10日无差错；（5）在2,000辆车并发接入的压力测试下，平台页面响应时间不超过3秒；（6）通过第三方网络安全等级保护第三级测评；（7）试运行期间未发生一级故障；（8）竣工文档、源代码和培训记录齐全。
P:5.3 全部标准满足后，双方签署最终验收报告。设备安装、系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修正与版本升级、现场及远程技术支持，并每季度进行一次巡检。
P:6.2 乙方在青屿市设立服务网点，配备不少于3名专职技术人员和常用备件。
P:6.3 质保期满后，甲方可与乙方另行签订维保合同。年度维保费不超过软硬件小计的8%（即每年不超过¥366,240），质保期满后前两年不上调；维保合同不自动续期。
H:第七条 服务水平
P:7.1 故障分级与响应：一级故障（调度平台整体不可用，或超过50辆车的终端同时离线）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单条线路调度异常、单个接口中断）：1小时内响应，12小时内恢复；三级故障（个别终端或站牌故障）：2个工作日内修复。
P:7.2 调度平台月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:7.3 乙方每超过约定响应、到场或恢复时间1小时，向甲方支付违约金1,000元；月度可用率每低于约定值0.01个百分点，支付违约金2,000元。上述款项甲方可从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、客流分析报表、配置文件及其源代码和技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件产品本身的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖本项目全部线路和车辆及今后新增的线路和车辆。
P:8.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 系统运行中产生的车辆定位、客流、视频、运营调度等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求部署系统，视频及乘客相关信息加密存储；乙方人员远程维护须经甲方审批并通过堡垒机进行，全程留痕，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政责任。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、公交运营信息、系统架构和账号口令负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期完成安装或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方提供的设备或软件不符合合同约定的，应免费更换或整改，并赔偿甲方由此遭受的损失。
H:第十二条 分包与转包
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分转包给他人。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过30日；（2）最终验收两次不合格；（3）违反第九条或第十条的约定；（4）有其他严重违约行为，经甲方书面催告后15日内仍未改正。
P:13.2 合同解除后，乙方应退还甲方已付但未履行部分的款项，并赔偿甲方因此遭受的损失。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订前以银行保函形式提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议。本合同一式六份，甲乙双方各执二份，政府采购监督管理部门、采购代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：青屿市交通运输局　　　　乙方（盖章）：华途智能交通科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h199z02 (pdf, 一、/（一）/1., buyer's paper)
H199Z02 = """T:隔膜厚度在线测量系统采购及维保合同
P:合同编号：JA-SB-2026-0219
P:甲方（买方）：江岸新能源材料股份有限公司
P:地址：常州市金坛区华城路6号
P:乙方（卖方）：精衡测控技术有限公司
P:地址：合肥市高新区望江西路520号
P:甲方因二期湿法锂电池隔膜生产线建设需要，向乙方采购隔膜厚度在线测量系统。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方供应隔膜厚度在线测量系统4套，用于甲方二期第5至第8条基膜生产线的在线测厚与闭环控制，并负责安装调试、与生产线DCS及模头自动调节系统联调、操作培训和质保期内服务。质保期满后的维保服务按本合同第七条执行。
P:（二）每套系统包括：X射线透射式测厚扫描架（有效扫描宽度6.2米）、传感器与射线发生器、边缘检测单元、数据采集与闭环控制软件许可、操作站工控机，以及安装所需的电缆、支架和防护罩。
P:（三）设备应为全新、未使用过的原厂产品，技术参数不低于附件1《技术规格书》的要求。
H:二、合同价款
P:（一）分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|X射线测厚扫描架（含传感器、射线发生器及边缘检测单元）|4套|468,000|1,872,000
TB:2|数据采集与闭环控制软件许可（永久）|4套|56,000|224,000
TB:3|操作站工控机及数据服务器|1批|98,000|98,000
TB:|硬件及软件小计|||2,194,000
TB:4|安装调试及DCS、模头联调|1项|146,000|146,000
TB:5|操作与维护培训|1项|20,000|20,000
TB:|合同总价|||2,360,000
P:（二）合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），含13%增值税、包装运输、保险、安装调试、射线装置辐射防护检测及质保期内全部服务费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥236,000。
P:（二）设备全部到货并经双方签收后，甲方支付合同总价的50%，即¥1,180,000。到货签收只确认数量和外观，不代表质量验收。
P:（三）四条生产线全部终验合格后，甲方支付合同总价的35%，即¥826,000。
P:（四）余款5%即¥118,000作为质量保证金，质保期满且无未决质量问题后15个工作日内支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同签订后75日内将全部设备运抵甲方厂区指定地点，运输途中的损毁风险由乙方承担。
P:（二）安装应在甲方安排的停线窗口内完成，每条线停线时间不超过48小时。乙方负责射线装置的辐射防护检测，并协助甲方办理辐射安全许可证的变更手续。
P:（三）乙方人员进入洁净车间应遵守甲方的洁净、防火、防静电和安全生产管理制度，因违反制度造成的损失由乙方承担。
H:五、验收
P:（一）每条生产线安装调试完成后连续运行30日，期满由甲方组织终验，终验标准如下：
P:1. 静态重复性：同一位置连续测量，厚度偏差不超过±0.1μm（2σ）；
P:2. 与甲方实验室离线测厚仪比对，平均偏差不超过0.2μm；
P:3. 单次扫描周期不大于20秒，测量数据上传DCS的延迟不大于1秒；
P:4. 闭环控制投用后，基膜横向厚度极差较投用前降低不少于25%；
P:5. 射线泄漏剂量经有资质的机构检测，符合国家放射防护标准；
P:6. 30日运行期内未发生一级故障，技术资料和培训记录齐全。
P:（二）各线终验合格后双方签署终验报告。设备安装、试生产、甲方使用或付款均不视为终验合格。终验不合格的，乙方应在20日内整改并重新申请终验。
H:六、质量保证
P:（一）质保期为二十四个月，自该生产线终验合格之日起计算。质保期内因设备或软件本身质量问题发生的维修、更换（含X射线管、探测器等核心部件）及软件升级，乙方均免费提供。
P:（二）故障分级与响应：
P:1. 一级故障（测厚系统停止工作，或数据失真导致闭环控制退出）：乙方接报后1小时内响应，8小时内工程师到达现场，24小时内恢复；
P:2. 二级故障（单项功能异常、报表或通讯中断）：2小时内响应，48小时内解决；
P:3. 其他问题：5个工作日内解决。
P:（三）乙方每超过上述响应、到场或恢复时限1小时，向甲方支付违约金1,500元。质保期内同一部件因同一原因重复出现一级故障的，乙方应免费更换该部件。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方应按甲方要求提供不少于三年的维保服务，内容包括每半年一次的预防性维护与标定、备件更换、软件升级和远程诊断。
P:（二）年度维保费按硬件及软件小计的18.5%计取，即每年¥405,890，三年内不作调整。双方每年签订一次维保订单，维保费按季度支付。
P:（三）维保期内的故障响应标准同本合同第六条第（二）项。
H:八、数据与网络安全
P:（一）测厚数据、工艺参数、配方设定及生产报表均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或向第三方提供，不得用于其他产品的开发或对比分析。
P:（二）测厚系统接入甲方工控网须经甲方工控安全部门审批；远程诊断须经甲方逐次授权，通过甲方指定的安全通道进行并全程录屏。乙方提供的工控机交付前应完成病毒查杀和端口加固。
P:（三）因乙方原因导致甲方数据泄露、篡改或工控网络安全事件的，乙方应在2小时内报告甲方，配合处置，并承担全部赔偿责任。
H:九、保密
P:乙方对在甲方厂区及履约过程中知悉的隔膜工艺、配方、产能、客户等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
H:十、知识产权
P:乙方为本项目定制的DCS通讯接口程序、闭环控制参数表、报表模板及相关文档归甲方所有，甲方可自由使用和修改。测厚软件产品本身的知识产权归乙方，乙方授予甲方永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）双方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失、数据安全事件或人身伤害造成的损失不受此限。
H:十二、分包
P:乙方不得将本合同项下的主体工作分包。设备吊装如需委托专业吊装单位，须事先取得甲方书面同意，乙方对其行为承担全部责任。
H:十三、合同解除
P:乙方逾期交货超过30日、任一生产线终验两次不合格，或有其他严重违约行为经甲方书面催告后15日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交常州仲裁委员会仲裁。
H:十五、其他
P:本合同附件1《技术规格书》、附件2《安装调试方案》为本合同组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岸新能源材料股份有限公司　　乙方（盖章）：精衡测控技术有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h199z03 (md, Markdown headings, supplier's paper)
H199Z03 = """# 门店收衣与配送管理 SaaS 服务合同

**合同编号**：YL-SaaS-2026-0388

**甲方（客户）**：洁衫汇洗衣服务连锁有限公司（住所：成都市武侯区科华北路65号）

**乙方（服务商）**：衣联云（杭州）科技有限公司（住所：杭州市西湖区文三路259号）

甲方经营洗衣连锁门店120家及中央洗涤工厂2座，拟使用乙方"衣联云"平台管理门店收衣、工厂分拣、上门取送和会员营销。双方经协商一致，订立本合同。

## 1. 服务内容

### 1.1 订阅服务

乙方通过其云平台向甲方提供以下功能：门店收衣开单与衣物拍照、会员与储值卡管理、中央工厂条码分拣与质检、骑手上门取送派单与路线规划、微信小程序下单、团购券核销及经营报表。

### 1.2 实施服务

乙方负责完成门店和工厂的系统配置、约38万条会员及储值余额数据的迁移、微信小程序上线、微信支付及主要团购平台核销接口对接、条码打印设备调试以及门店店长和工厂班组长培训。

### 1.3 运维与支持

乙方负责平台的日常运维、数据备份（每日全量备份，保留30天）、版本升级和安全补丁，升级不得影响甲方已有数据和业务流程；乙方提供7×24小时客服热线和在线工单，并为甲方指定专属客户经理。

## 2. 服务费用

| 项目 | 数量 | 年单价（元） | 年费（元） |
|---|---|---|---|
| 门店收衣端订阅 | 120 家门店 | 2,880 | 345,600 |
| 骑手取送端订阅 | 60 个账号 | 1,200 | 72,000 |
| 中央工厂分拣模块 | 2 座工厂 | 24,000 | 48,000 |
| **年订阅费合计** | | | **465,600** |

- 三年订阅费合计：人民币1,396,800元；
- 实施服务费（一次性）：人民币128,000元；
- **合同总金额：人民币1,524,800元**（含6%增值税）。

服务期内新增门店的，按上表单价及剩余服务期折算增加费用。

## 3. 付款方式

3.1 本合同不设预付款。

3.2 订阅费按季度结算：乙方于每个服务季度结束后开具发票，甲方在收到发票后15日内支付该季度订阅费116,400元。

3.3 实施服务费在实施验收合格后一次性支付。

3.4 订阅费以实际开通的门店数结算。服务期内甲方关闭门店的，可提前30日书面通知减少相应订阅，但每个服务年度减少不超过10家。

## 4. 实施与验收

4.1 乙方应在合同签订后60日内完成全部实施工作，其中10家试点门店应在30日内先行上线。

4.2 实施验收标准：（1）迁移后的会员数量、储值余额总额与原系统核对一致，抽查500个会员明细无差错；（2）试点门店连续7日完成收衣、工厂分拣、取送和取衣全流程；（3）微信支付及团购核销的日对账差异为零；（4）单店开单（含拍照上传）操作在3秒内完成；（5）培训完成并经甲方确认。

4.3 全部标准满足后双方签署实施验收单。系统上线或门店使用不视为验收合格。

4.4 验收不合格的，乙方应在10日内整改并重新提交验收；因整改导致完成时间晚于第4.1条期限的，按第9.1条承担违约责任。

## 5. 服务水平

5.1 平台月可用率不低于99.95%，乙方提前48小时通知且安排在凌晨1点至5点之间的计划维护不计入不可用时间。

5.2 一级故障（全部或多个门店无法开单、收款）：30分钟内响应，2小时内恢复；二级故障（单一功能或单个门店异常）：2小时内响应，8小时内恢复；其他问题：3个工作日内解决。

5.3 月可用率每低于承诺值0.1个百分点（不足0.1的按0.1计），乙方抵扣当月订阅费的2%；一级故障每超过恢复时限1小时，抵扣当月订阅费的1%。抵扣在下一季度账单中直接扣减。

5.4 乙方应在每月5日前向甲方提供上月服务报告，列明可用率、故障及处理情况和待改进事项。

## 6. 数据

6.1 甲方数据（包括会员信息、订单、取送地址、衣物照片和支付流水）归甲方所有。

6.2 乙方应将甲方数据存储于中国境内已通过网络安全等级保护第三级测评的云平台，采取传输和存储加密、权限分级和操作日志审计等措施，并遵守《个人信息保护法》。发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方、采取补救措施，并赔偿因其原因造成的损失。

6.3 在不识别到具体个人的前提下，乙方有权对甲方数据进行去标识化和汇总处理，并将处理结果用于洗护行业分析、产品优化以及向第三方提供行业报告。本款权利在合同终止后继续有效。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除。

6.5 乙方人员访问甲方数据须基于工单授权并留存日志；乙方应每年向甲方提供一次第三方安全评估报告。

## 7. 知识产权

7.1 衣联云平台及其软件的知识产权归乙方所有。

7.2 乙方为甲方定制的小程序页面、报表模板和接口程序归甲方所有，甲方可自由使用、修改并授权第三方使用。

## 8. 保密

双方对在合作中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 9. 违约责任

9.1 乙方未按第4.1条期限完成实施的，每逾期一日，按合同总金额的万分之八向甲方支付违约金。

9.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任（含违约金和服务抵扣）不超过甲方在索赔事件发生前六个月内实际支付的订阅费总额。任何一方均不对对方的间接损失或利润损失承担责任。

## 11. 分包

乙方使用阿里云作为云基础设施服务商，甲方签署本合同即表示同意。除此以外，乙方将本合同项下的任何工作委托第三方完成，须事先取得甲方书面同意。

## 12. 服务期限与续期

12.1 服务期为三年，自实施验收合格之日起计算。

12.2 服务期满前30日双方均未书面提出不续约的，本合同自动续期一年，可多次续期。续期年度的订阅单价由乙方按届时价格体系确定，上调幅度不超过上一年度单价的10%。

12.3 续期期间，本合同的服务水平、数据和保密条款继续适用。

## 13. 合同解除

乙方严重违约，经甲方书面催告后15日内仍未纠正的，或平台月可用率连续两个月低于承诺值的，甲方有权书面通知解除合同，乙方应退还已付未消耗的费用。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向乙方所在地（杭州市西湖区）人民法院提起诉讼。

## 15. 其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：洁衫汇洗衣服务连锁有限公司　　　　乙方（盖章）：衣联云（杭州）科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------- h199z04 (txt, 第X条 + （一）, buyer's paper, 询价)
H199Z04 = """云溪县气象灾害预警信息发布平台2026年度运维服务合同

采购编号：YXCG2026-XJ-0057（采购方式：询价）
合同编号：YXQX-YW-2026-01

甲方（采购人）：云溪县气象局
地址：云溪县城关镇气象路3号

乙方（供应商）：潇湘天衡信息技术有限公司
地址：长沙市岳麓区麓谷大道627号

根据《中华人民共和国政府采购法》及本项目询价通知书、乙方响应文件和成交通知书，甲乙双方就云溪县气象灾害预警信息发布平台2026年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围

（一）预警信息发布平台（含服务器、数据库、短信及微信发布通道、与县应急管理局和县融媒体中心的对接接口）的日常运行维护、故障处理和版本升级。
（二）全县128套乡村应急广播（大喇叭）终端和36块LED预警显示屏的巡检、维修及配件更换。
（三）汛期（5月1日至9月30日）应急值守保障，以及重大天气过程期间的加强值守。
（四）运维台账、月度运维报告和年度运维总结的编制。
（五）配合省、市气象部门开展的预警发布系统升级、对接和联调测试。

第二条 服务期限

服务期限自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，下一年度的运维服务由甲方依法重新组织采购。

第三条 合同价款

本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为包干价，包括人工、差旅、工具、常用配件和税费。其中：
（一）驻场运维（1人）：¥198,000；
（二）平台软件维护与版本升级：¥76,000；
（三）预警发布终端巡检维护：¥58,000；
（四）汛期应急值守保障：¥36,000。
单件价格超过800元的终端配件由甲方另行采购，乙方负责更换。

第四条 付款方式

（一）本合同不设预付款。
（二）运维费按季度支付，乙方应在每季度结束后10日内提交当季运维报告和考核资料。每季度考核合格后，乙方开具发票，甲方在10个工作日内支付当季运维费¥92,000；考核中有扣款的，从当季运维费中扣除。

第五条 服务要求

（一）乙方派驻1名具有计算机或通信专业背景的运维工程师在甲方驻场，工作日8:30至17:30在岗；汛期及甲方发布暴雨、大风等预警期间实行24小时值守。
（二）乙方每月对平台进行一次全面巡检，每季度对全部终端进行一次巡检，并在每年4月30日前完成汛前全面巡检和发布演练。
（三）平台版本升级应在甲方同意的时间窗口内进行，并事先制定回退预案。
（四）乙方应建立运维台账，如实记录巡检、故障、维修和配件更换情况，每月5日前向甲方提交上月运维报告。
（五）驻场人员应服从甲方的考勤和工作安排。乙方更换驻场人员须提前15日书面征得甲方同意，替换人员的能力不得低于原人员。
（六）乙方应配备必要的仪器工具和不少于10套终端常用备件，保证汛期故障终端能够及时更换。
（七）乙方每年应协助甲方开展不少于两次预警信息发布应急演练，并提交演练总结。

第六条 服务水平

（一）预警信息发布平台月可用率不低于99.5%，经甲方同意的计划维护时间除外。
（二）故障分级及处理时限：
1.一级故障（平台无法发布预警信息，或发布通道全部中断）：乙方应在15分钟内响应，1小时内恢复发布或启用备用发布通道；
2.二级故障（单一发布通道中断，或同一乡镇三套以上终端故障）：30分钟内响应，8小时内恢复；
3.三级故障（单个终端或显示屏故障）：汛期48小时内修复，非汛期72小时内修复。
（三）预警信息应在甲方发布指令下达后5分钟内到达全部在用发布渠道。

第七条 考核与扣款

（一）一级故障每超时一次，扣减当季运维费的2%；二级故障每超时一次，扣减当季运维费的1%。
（二）平台月可用率每低于约定值0.1个百分点，扣减当季运维费的1%。
（三）未按计划完成月度或季度巡检的，每缺一次扣减当季运维费的1%。
（四）因乙方原因导致预警信息未发布、错发或延误，造成不良后果的，乙方除承担上述扣款外，还应赔偿甲方因此遭受的损失。

第八条 验收

（一）季度考核：每季度末，甲方依据第五条、第六条的要求，对巡检记录、故障工单闭环情况、发布时效记录和当季运维报告进行考核，考核合格后签署季度考核表。
（二）年度验收：服务期满后15日内，甲方组织对全年运维服务进行验收，验收内容包括全年考核结果、年度运维总结、终端状况清单和全部运维文档的移交。
（三）乙方提交的报告或甲方的使用不视为考核合格；考核不合格的，乙方应在10日内整改。
（四）年度验收合格后，甲方出具验收证明，作为对乙方履约情况进行评价的依据。

第九条 成果归属

运维过程中形成的文档、脚本、配置和数据归甲方所有，乙方不得用于本合同以外的用途，服务期满时应全部移交甲方。

第十条 保密

乙方对履约过程中知悉的甲方预警业务信息、系统账号口令和尚未公开的气象资料负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务在本合同终止后继续有效。

第十一条 违约责任

（一）乙方未按第五条第（二）项在4月30日前完成汛前全面巡检和发布演练的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方驻场人员无故缺岗的，每缺岗一日扣减运维费500元。
（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。

第十二条 分包与转包

乙方不得将本合同项下的服务转包或分包给第三方。

第十三条 合同解除

乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期结算运维费。合同解除的，乙方应在10日内完成运维资料、账号和备件的交接，并配合新的服务单位完成过渡。

第十四条 安全作业

乙方人员进行终端维修、登高或野外作业时，应遵守安全操作规程，配备安全防护用品，并为作业人员购买意外伤害保险。作业中发生的人身伤害和财产损失由乙方负责，但因甲方原因造成的除外。

第十五条 不可抗力

因地震、洪水、特大暴雨等不可抗力导致无法按约履行的，受影响方应及时通知对方并在合理期限内提供证明，可根据影响程度部分或全部免除责任；但乙方在灾害性天气期间仍应尽最大努力保障预警信息发布。

第十六条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十七条 其他

本合同附件1《运维服务清单及终端分布表》、附件2《季度考核表》、附件3《询价响应文件》为本合同组成部分。本合同未尽事宜，按询价通知书和响应文件执行。本合同一式四份，甲乙双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：云溪县气象局          乙方（盖章）：潇湘天衡信息技术有限公司
代表：__________                    代表：__________
日期：2026年  月  日
"""

# ---------------------------------------------------------------- h199z05 (md, 一、 headings + 1.1, supplier's own template)
H199Z05 = """# 链源食品质量追溯系统软件许可及定制开发合同

> 链源追溯标准合同文本 V4.0（2025年修订）

**合同编号**：LY-ZS-2026-0731

**甲方**：桂林漓香酿造食品有限公司

**乙方**：链源溯信息科技（苏州）有限公司

甲方为腐乳及调味品生产企业，拟建设覆盖原料、生产、仓储和销售环节的食品质量追溯系统。乙方为追溯软件开发商。双方本着平等互利的原则，就甲方采购乙方链源追溯平台软件许可及相关定制开发事宜，签订本合同。

## 一、合同标的

1.1 乙方向甲方提供链源追溯平台软件（以下简称"平台"）永久许可一套，包括一物一码赋码管理、批次追溯、原料供应商管理、防窜货和消费者扫码查询模块。

1.2 乙方按甲方需求进行定制开发，内容包括：黄豆浸泡、磨浆点卤、压坯、前期培菌、腌坯、装坛后酵等工序的数据采集页面，与甲方ERP系统的物料及批次接口，以及带有品牌故事和检验报告展示的消费者扫码页面。

1.3 乙方负责平台部署、基础数据初始化及甲方操作人员培训。平台部署于甲方自有服务器，消费者扫码查询页面由乙方代为托管。

1.4 平台用于甲方建立食品追溯体系，甲方依法对其产品的食品安全承担主体责任，乙方不因提供平台而对甲方产品质量承担任何责任。

## 二、合同价款及支付

2.1 合同总价为人民币捌拾陆万元整（¥860,000），明细如下：

| 项目 | 内容 | 金额（元） |
|---|---|---|
| 平台软件许可 | 永久许可，含一物一码、批次追溯、防窜货、扫码查询模块 | 620,000 |
| 定制开发 | 腐乳工序采集页面、ERP接口、消费者扫码页面 | 188,000 |
| 部署实施及培训 | 部署、数据初始化、两期培训 | 52,000 |
| **合计** | | **860,000** |

2.2 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥559,000；乙方收款后启动实施。

2.3 系统上线后10个工作日内，甲方支付合同总价的35%，即¥301,000。

2.4 乙方在收到每笔款项后开具增值税普通发票。

2.5 本合同价款不含服务器、数据库、操作系统等第三方软硬件的费用，该等软硬件由甲方自行采购。

## 三、交付与上线

3.1 乙方在收到首付款后90日内完成平台部署及定制开发，并安排系统上线。

3.2 甲方应按乙方要求提供工序资料、ERP接口文档和服务器环境，并指定项目对接人。因甲方提供资料不及时导致的延误，上线时间相应顺延。

3.3 赋码设备、扫码枪及标签耗材由甲方自行采购，乙方提供选型建议。

3.4 乙方指派项目经理一名负责实施，实施期间每周向甲方报告进度。

3.5 系统上线前，乙方组织甲方关键用户进行两期操作培训，每期两天，培训地点在甲方厂区。

## 四、验收

4.1 系统部署完成并上线运行，即视为甲方验收合格。

4.2 甲方对系统功能有异议的，应在上线后七日内书面提出；逾期未提出的，视为验收通过。甲方在上线后使用系统赋码或出货的，视为对系统的认可。

## 五、免费维护

5.1 自系统上线之日起六个月为免费维护期，乙方在此期间免费提供缺陷修复、远程技术支持和小版本升级。

5.2 一级故障（系统无法登录或赋码中断）：乙方在接到甲方报修后8小时内响应，3个工作日内解决；其他问题：乙方在2个工作日内响应，并在双方商定的时间内解决。

5.3 乙方超过上述时限响应的，每次向甲方支付服务补偿200元。

5.4 因甲方操作不当、擅自修改配置、服务器或网络故障、第三方设备故障引起的问题，不属于免费维护范围，乙方可按其服务价格另行收费。

5.5 免费维护期内，乙方每月向甲方提供一次系统运行简报。

## 六、年度维护服务

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，以保证平台持续稳定运行和追溯数据正常上传。

6.2 年度维护费为平台软件许可费的24%，即每年¥148,800，甲方应在每个维护年度开始前一次性支付。

6.3 年度维护服务按年自动续期，维护费标准按本条执行。甲方不再购买维护服务的，乙方不再提供升级和技术支持。

6.4 年度维护服务包括缺陷修复、远程技术支持、平台版本升级、每年一次现场巡检，服务响应时限按第5.2条执行。

## 七、知识产权

7.1 平台及乙方为本合同定制开发的全部成果（包括工序采集模块、ERP接口程序、扫码页面及其源代码和技术文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对上述成果进行修改、反向工程，也不得许可第三方使用。

7.3 乙方保证平台不侵犯第三方的知识产权；因此引起纠纷的，由乙方负责处理。

## 八、数据

8.1 甲方在平台中录入的生产、检验和销售数据归甲方所有。

8.2 乙方采取加密存储、访问控制和日志审计等措施保障甲方数据安全。发生数据泄露的，乙方应在24小时内通知甲方，协助处置，并承担因其过错造成的直接损失。

8.3 甲方同意，乙方可以对平台中汇聚的追溯数据（包括产品批次、原料产地和产品流向数据）进行脱敏和汇总分析，用于食品行业大数据服务和乙方产品改进。

8.4 合同终止后，乙方应甲方要求以通用格式导出甲方数据，导出服务按乙方当时的服务价格收费。

## 九、保密

双方对在合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方可将甲方名称和商标用于乙方的客户案例介绍。

## 十、违约责任

10.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的25%为限，且不承担任何间接损失、利润损失或因召回产生的损失。

10.4 因甲方原因或第三方设备原因导致无法按期上线的，乙方不承担违约责任。

## 十一、合同解除

任何一方严重违反本合同，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 十二、不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

## 十三、争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 十四、其他

本合同一式两份，双方各执一份，经双方签字盖章后生效。本合同为乙方标准文本，双方对条款无异议。

甲方（盖章）：桂林漓香酿造食品有限公司　　　乙方（盖章）：链源溯信息科技（苏州）有限公司

签约日期：2026年　月　日
"""

# ---------------------------------------------------------------- h199e01 (txt, "CLAUSE N", vendor's paper, Spanish style)
H199E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
Reference: ET-CN-2026-014

In Ruili (Yunnan Province, People's Republic of China), on ____ 2026.

MEET

On the one hand, RUILI CUIYUN JADE CARVING STUDIO CO., LTD. (瑞丽翠韵玉雕工作室有限公司), a limited liability company incorporated in the People's Republic of China, unified social credit code 91533102MA6P3K7X2H, with registered office at No. 18 Jiegao Jade Street, Ruili, Yunnan, represented by Ms Duan Meiling, in her capacity as legal representative, hereinafter the "Customer".

On the other hand, ESCANEOS TORTUGA, S.A., a sociedad anónima registered on the Isla Tortuga, with registered office at Calle del Faro 4, Isla Tortuga, represented by Mr Andrés Villalobos Ruiz, in his capacity as sole administrator (administrador único), hereinafter the "Vendor".

Both parties, acting in the capacity in which each appears, mutually recognise their legal capacity to enter into this Agreement and, to that end,

STATE

I. That the Vendor develops and licenses TortugaScan Studio, software for structured-light and photogrammetric three-dimensional scanning, mesh processing and colour capture, together with related configuration and support services.

II. That the Customer operates a jade-carving studio in Ruili and wishes to digitise rough jadeite stones, carving designs and finished pieces, in order to plan cuts, keep a record of each piece and send models to its CNC pre-carving machines.

III. That, at the Customer's request, all prices in this Agreement are stated and paid in Chinese yuan (CNY), and the Vendor's services in China are performed by its engineers travelling to Ruili or remotely.

IV. That both parties have reached an agreement and formalise it in this document, in accordance with the following

CLAUSES

CLAUSE 1. OBJECT

1.1 The object of this Agreement is (a) the grant to the Customer of a perpetual licence to use TortugaScan Studio and the Colour and Texture Module (the "Software"); (b) the configuration of the Software for the Customer's scanners and workflow (the "Configuration Services"); (c) training; and (d) warranty and support services under Clauses 7 to 9.

1.2 The Software will be installed on three workstations at the Customer's studio, connected to the Customer's two existing structured-light scanners and one photogrammetry rig.

CLAUSE 2. DEFINITIONS

2.1 "Acceptance Tests" means the tests described in Clause 6. "Configuration Acceptance" and "Final Acceptance" have the meanings given in Clause 6. "Scan Data" means all scans, point clouds, meshes, photographs, colour maps, measurements and design files created by or for the Customer with the Software. "Severity 1 Incident" means an incident that prevents all scanning or processing at the studio.

CLAUSE 3. PRICE

3.1 The total price of this Agreement (the "Contract Price") is CNY 456,000, broken down as follows:
  - TortugaScan Studio perpetual licence, 3 seats x CNY 88,000: CNY 264,000
  - Colour and Texture Module perpetual licence, 2 seats x CNY 36,000: CNY 72,000
  - Licence subtotal: CNY 336,000
  - Configuration Services (fixed price): CNY 96,000
  - Training (two sessions of three days in Ruili): CNY 24,000
  - Total Contract Price: CNY 456,000

3.2 The Contract Price includes all travel and living expenses of the Vendor's personnel and all taxes chargeable in China, and is fixed for the duration of this Agreement.

CLAUSE 4. PAYMENT

4.1 The Customer shall pay the Contract Price as follows:
  (a) 20% (CNY 91,200) within fifteen days after signature of this Agreement, against the Vendor's invoice;
  (b) 55% (CNY 250,800) within fifteen days after Configuration Acceptance;
  (c) 25% (CNY 114,000) within fifteen days after Final Acceptance.

4.2 Payments shall be made by bank transfer in CNY to the account designated by the Vendor. Each party bears its own bank charges.

CLAUSE 5. DELIVERY AND CONFIGURATION

5.1 The Vendor shall deliver the licence keys and installation media within ten days after the first payment.

5.2 The Vendor shall complete the Configuration Services within sixty days after signature of this Agreement. The Configuration Services comprise: calibration profiles for translucent and polished jade surfaces; a scanning workflow template for rough stones with inclusion marking; colour-capture settings under the studio's lighting; export presets for the Customer's CNC pre-carving software; and a naming and archiving scheme for Scan Data.

5.3 The Customer shall give the Vendor's engineers access to the studio during working hours and shall provide reference stones and sample pieces for testing.

CLAUSE 6. ACCEPTANCE

6.1 Configuration Acceptance. On completion of the Configuration Services the parties shall carry out the Acceptance Tests, which shall demonstrate that: (a) a certified reference block is scanned with a deviation not greater than 0.02 mm; (b) ten rough stones selected by the Customer are scanned, meshed and exported to the CNC software without manual repair; (c) colour maps of five finished pieces match the reference photographs under the agreed lighting; and (d) the archive scheme stores and retrieves Scan Data correctly on all three workstations. When all tests are passed, the parties sign a Configuration Acceptance certificate.

6.2 Final Acceptance. Final Acceptance takes place when the Software has been used in production for thirty days after Configuration Acceptance without any Severity 1 Incident and the training has been completed. The parties then sign a Final Acceptance certificate.

6.3 Installation of the Software, use of it by the Customer or payment of any amount does not constitute acceptance. If a test fails, the Vendor shall correct the defect within ten days and the test shall be repeated.

CLAUSE 7. WARRANTY

7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and the results of the Acceptance Tests for a period of ninety (90) days from Final Acceptance (the "Warranty Period").

7.2 During the Warranty Period the Vendor shall correct, free of charge, any error reported by the Customer and provide the support described in Clause 8.

CLAUSE 8. SUPPORT AND SERVICE LEVELS

8.1 Support is provided by telephone, e-mail and remote session between 08:00 and 20:00 Beijing time, seven days a week.

8.2 The Vendor shall respond to a Severity 1 Incident within two (2) hours and provide a workaround within one business day; other incidents shall receive a response within one business day.

8.3 For each full hour by which the Vendor exceeds the response time for a Severity 1 Incident, the Vendor shall credit the Customer CNY 800, deducted from the next payment or the next Annual Support Fee.

CLAUSE 9. ANNUAL SUPPORT AFTER THE WARRANTY PERIOD

9.1 After the Warranty Period the Customer may order Annual Support, which includes the services of Clause 8, error correction and all new versions of the Software.

9.2 The Annual Support Fee is 11% of the Licence subtotal, that is CNY 36,960 per year, and is fixed for the first three support years. Any later change requires the written agreement of both parties.

9.3 Annual Support is ordered by the Customer's purchase order for each year and does not renew automatically.

CLAUSE 10. INTELLECTUAL PROPERTY

10.1 The Software and its documentation remain the property of the Vendor. The licence granted in Clause 1 is perpetual, non-exclusive and transferable to an affiliate of the Customer.

10.2 The calibration profiles, workflow templates, export presets, scripts and other deliverables created by the Vendor specifically for the Customer under the Configuration Services belong to the Customer, who may use, modify and license them freely, also to third parties.

CLAUSE 11. SCAN DATA AND SECURITY

11.1 Scan Data belongs to the Customer. The Vendor may access Scan Data only to provide support, only during a remote session opened by the Customer, and may not copy, retain or use it for any other purpose.

11.2 The Software runs on the Customer's workstations; it does not send Scan Data or usage information to the Vendor or to any cloud service. Remote sessions use an encrypted connection approved by the Customer, are recorded, and end when the support task ends.

11.3 The Vendor shall keep its support systems protected by access control and multi-factor authentication, and shall notify the Customer within twenty-four (24) hours of any unauthorised access to Scan Data that comes to its knowledge. The Vendor is liable for all losses caused by such access attributable to it.

CLAUSE 12. DELAY PENALTIES

12.1 If Configuration Acceptance is not achieved within the period in Clause 5.2 for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.

CLAUSE 13. LIABILITY

13.1 The total liability of the Vendor under this Agreement, including penalties, is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to wilful misconduct, gross negligence, infringement of third-party rights or breach of Clause 11.

CLAUSE 14. SUBCONTRACTING

14.1 The Vendor may not subcontract any part of the Configuration Services or support without the Customer's prior written consent, and remains responsible for any approved subcontractor.

CLAUSE 15. TERM AND TERMINATION

15.1 This Agreement enters into force on signature and, except for the licence, which is perpetual, ends when the last Annual Support year ordered by the Customer ends.

15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving notice of it. If the Customer terminates before Final Acceptance, the Vendor shall refund all amounts received against return of the licence keys.

CLAUSE 16. NOTICES

16.1 Notices shall be given in writing, in English or Chinese, to the addresses stated above or to the e-mail addresses designated by each party.

CLAUSE 17. GOVERNING LAW AND JURISDICTION

17.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

17.2 Any dispute arising from this Agreement shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding on both parties.

And in witness whereof, the parties sign this Agreement in duplicate, in English, in the place and on the date first written above.

THE CUSTOMER                                THE VENDOR
Ruili Cuiyun Jade Carving Studio Co., Ltd.  Escaneos Tortuga, S.A.
Ms Duan Meiling                             Mr Andrés Villalobos Ruiz
"""

# ---------------------------------------------------------------- h199e02 (md, Order Form + General Terms "N. HEADING", vendor's paper, Portuguese style)
H199E02 = """# ORDER FORM No. RR-2026-0412

**Rato Reservas, Lda.** — booking software for outdoor tourism — Ilha do Rato

This Order Form is entered into between:

**FIRST PARTY (Vendor):** RATO RESERVAS, LDA., a private limited company (sociedade por quotas) registered on the Ilha do Rato, legal person number 516 204 889, with registered office at Rua do Cais 12, Ilha do Rato, represented by its manager (gerente) Ms Inês Carvalho Moura;

**SECOND PARTY (Customer):** LIJIANG YULONG MABANG TREKKING TOURISM CO., LTD. (丽江玉龙马帮徒步旅游有限公司), a company incorporated in the People's Republic of China, with registered office at No. 7 Baisha Road, Yulong County, Lijiang, Yunnan, represented by its legal representative Mr He Jianguo.

**Considering that:**

a) the Vendor operates the RatoBook platform, a cloud booking system for guided treks, horse rides and outdoor activities;

b) the Customer organises horse-trekking tours around the Jade Dragon Snow Mountain and Lashi Lake, with about 140 horses and 35 guides, and sells tours through its own WeChat channel and through online travel agencies;

c) at the Customer's request, all fees are stated and paid in Chinese yuan (CNY) and the platform is hosted in mainland China;

the parties freely agree this Order Form, which is governed by the General Terms of Service set out below (together, the "Agreement").

| Item | Quantity | Unit fee (CNY) | Total (CNY) |
|---|---|---|---|
| RatoBook platform subscription (bookings, guide and horse rosters, payments, reports) | 24 months | 9,800 per month | 235,200 |
| Channel Manager module (two online travel agencies) | 24 months | 2,400 per month | 57,600 |
| Onboarding (one-time: set-up, route and horse data import, WeChat mini-program, channel connections, training) | 1 | 46,000 | 46,000 |
| **Total fees for the Initial Term** | | | **338,800** |

- **Subscription Start Date:** the date of Go-Live Acceptance.
- **Initial Term:** 24 months from the Subscription Start Date.
- **Target Go-Live Date:** 45 days after signature of this Order Form.
- **Invoicing:** subscription fees monthly in arrears; the Onboarding fee after Go-Live Acceptance. No amount is payable in advance.
- **Payment term:** 20 days from receipt of invoice, by bank transfer in CNY.
- **Hosting:** Alibaba Cloud, Kunming region, mainland China.

# GENERAL TERMS OF SERVICE

## 1. DEFINITIONS

1.1 "Customer Data" means all data entered into or generated in the platform by or for the Customer, including riders' names, identity document numbers, telephone numbers, health declarations, bookings, payments, guide and horse records. "Go-Live Acceptance" has the meaning in Clause 4. "Priority 1 Incident" means an incident that prevents the Customer from taking or managing bookings.

## 2. OBJECT

2.1 The Vendor grants the Customer, for the Initial Term, the right to use the platform and the modules listed in the Order Form for the Customer's own business, for an unlimited number of its employees and guides.

2.2 The Vendor shall perform the Onboarding services described in the Order Form and in Annex A (Onboarding Plan).

2.3 The Customer shall keep its user credentials secure, collect riders' personal information lawfully and with the notices required by law, and provide the route, horse and guide data needed for Onboarding within ten days after signature.

2.4 The Vendor may update the platform from time to time, provided that no update materially reduces the functions listed in the Order Form. New releases are announced to the Customer at least seven days in advance.

## 3. FEES AND PAYMENT

3.1 Fees are fixed for the Initial Term. Late payments bear interest at the one-year Loan Prime Rate published in China.

3.2 Taxes are included in the fees stated in the Order Form. The Vendor shall issue valid invoices (fapiao) through its authorised agent in China.

3.3 If an undisputed invoice remains unpaid for more than 30 days after a written reminder, the Vendor may suspend access to the platform, except access to export Customer Data, until payment is received.

## 4. ONBOARDING AND GO-LIVE ACCEPTANCE

4.1 The Vendor will use reasonable endeavours to achieve Go-Live by the Target Go-Live Date. The Target Go-Live Date is an estimate, and the Vendor shall not be liable for any delay in Go-Live.

4.2 Before Go-Live the parties shall run the Go-Live Acceptance tests in Annex A, which shall show that: (a) bookings made through the WeChat mini-program and through both online travel agencies appear in the platform within 60 seconds, with no double booking of a horse or a guide; (b) payments received through WeChat Pay reconcile with the platform for three consecutive days; (c) the imported routes, 140 horse records and 35 guide records match the Customer's lists; (d) daily departure sheets and insurance lists print correctly.

4.3 When all tests are passed the Customer signs the Go-Live Acceptance certificate. Use of the platform for live bookings before signature is not acceptance.

## 5. SERVICE LEVELS

5.1 The Vendor targets a monthly availability of the platform of 99.95%, excluding planned maintenance announced 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

5.2 Support is available by telephone, WeChat and e-mail from 07:00 to 22:00 Beijing time, every day of the year, including the peak holiday weeks. The Vendor targets a response to Priority 1 Incidents within one (1) hour and a restoration or workaround within six hours.

5.3 The service levels in this Clause are objectives. Failure to meet them does not entitle the Customer to any service credit, refund, price reduction or damages.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the services under this Agreement.

6.2 The Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months, and comply with the Personal Information Protection Law of the People's Republic of China.

6.3 The Vendor shall notify the Customer of any personal-information incident affecting Customer Data within twenty-four hours after becoming aware of it, take immediate remedial action, assist the Customer with notifications to authorities and riders, and bear the losses and costs caused by incidents attributable to it or to its sub-processors.

6.4 On expiry or termination, the Vendor shall return all Customer Data in CSV format within 30 days and then delete it, confirming deletion in writing.

## 7. INTELLECTUAL PROPERTY

7.1 The platform, its software and documentation remain the property of the Vendor.

7.2 The route pages, booking rules, pricing tables, mini-program pages and report templates configured specifically for the Customer belong to the Customer, who may use, modify and license them freely, also to third parties.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation continues for three years after the end of the Agreement.

## 9. SUBCONTRACTORS AND SUB-PROCESSORS

9.1 The Vendor uses Alibaba Cloud for hosting and an SMS gateway provider for booking confirmations. The Vendor may engage other subcontractors or sub-processors for any part of the services, including support, by notifying the Customer by e-mail or by updating the list on its website. The Customer may raise reasoned objections to a new subcontractor within 14 days; if the Vendor nevertheless retains it, the Customer may stop using the affected function, without a reduction of the fees. The Vendor remains responsible for the performance of its subcontractors and sub-processors.

## 10. LIABILITY

10.1 The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the total fees stated in the Order Form, except for breach of Clauses 6 and 8, fraud and wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. TERM, RENEWAL AND TERMINATION

11.1 The Agreement runs for the Initial Term. It renews automatically for successive periods equal to the Initial Term, at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

## 12. FORCE MAJEURE

12.1 Neither party is liable for failure caused by events beyond its reasonable control, including earthquakes, landslides and government orders closing scenic areas, provided it notifies the other party promptly.

## 13. GOVERNING LAW AND JURISDICTION

13.1 As requested by the Customer, this Agreement is governed by the laws of the People's Republic of China.

13.2 For any dispute arising from this Agreement, the parties elect the competent people's court of the place of the Customer's domicile (Lijiang), with express waiver of any other forum.

## 14. FINAL PROVISIONS

14.1 This Agreement is made in English in two copies of equal value. Annex A (Onboarding Plan) forms part of it. Any amendment requires a written document signed by both parties.

Signed on ____ 2026.

For the Vendor: ______________________ (Inês Carvalho Moura, gerente)

For the Customer: ____________________ (He Jianguo, legal representative)
"""

# ---------------------------------------------------------------- h199e03 (docx, "Article N", buyer's paper)
H199E03 = """T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR UNDERWATER LIGHT MONITORING
P:Contract No. RHK-EQ-2026-009
P:This Contract is made between:
P:RONGCHENG HAIYANG KELP AQUACULTURE CO., LTD. (荣成海阳海带养殖有限公司), a company incorporated in the People's Republic of China, with its registered office at No. 3 Haiwan Road, Rongcheng, Weihai, Shandong Province (the "Buyer"); and
P:TAMBO SENSÓRICA MARINA, S.L., a limited company (sociedad limitada) registered on the Isla de Tambo, Pontevedra, with tax identification number B-36 918 204 and its registered office at Muelle Norte 2, Isla de Tambo (the "Supplier").
P:The Buyer farms kelp on long-line rafts over about 1,100 hectares of sea area off Rongcheng. It wishes to measure underwater light, turbidity and water temperature at its rafts, so as to adjust rope depth and harvest timing. The Supplier, a marine-instrument integrator, has offered to supply, install and maintain the equipment. This Contract is written on the Buyer's standard form. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope
P:1.1 The Supplier shall supply 24 solar-powered data buoys, each carrying two underwater PAR (photosynthetically active radiation) light sensors at 1 m and 3 m depth and one turbidity and temperature probe, together with a perpetual licence of its monitoring platform software; install and moor the buoys at the 24 positions listed in Annex 1; connect them to the platform; calibrate and commission the system; train the Buyer's staff; and provide warranty and maintenance services under Articles 6 and 7.
P:1.2 All equipment shall be new, marine-grade, rated at least IP68 for the submerged parts, and designed for the sea state and winter ice conditions described in Annex 2 (Technical Specification).
H:Article 2 Contract Price
P:2.1 The total Contract Price is CNY 1,200,000, fixed, including packing, sea freight, import duties, insurance, installation, mooring materials, commissioning, training, warranty services and all taxes. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Underwater PAR light sensor, buoy-mounted|48|9,600|460,800
TB:2|Turbidity and temperature probe|24|6,200|148,800
TB:3|Solar data buoy with NB-IoT / cellular telemetry|24|14,500|348,000
TB:4|Monitoring platform software licence (perpetual)|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||1,043,600
TB:5|Installation and mooring at sea|1 lot|126,400|126,400
TB:6|Calibration, commissioning and training|1 lot|30,000|30,000
TB:|Total Contract Price|||1,200,000
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 120,000) within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 660,000) within 20 days after the Installation Certificate under Article 5.1 is signed.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 420,000) within 20 days after Final Acceptance under Article 5.3.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's base at Rongcheng within 70 days after signature, and shall complete installation and mooring within 100 days after signature, in a calm-weather window agreed with the Buyer's sea operations manager.
P:4.2 The Buyer shall provide a work boat with crew for two days per week during installation. The Supplier shall provide its own divers and mooring equipment and shall comply with the Buyer's safety rules at sea.
P:4.3 Delivery to the base does not constitute acceptance. Risk passes to the Buyer on signature of the Installation Certificate.
H:Article 5 Acceptance
P:5.1 Installation Certificate: when all buoys are moored at their positions and transmit data to the platform, the parties jointly inspect the installation and sign an Installation Certificate. The Installation Certificate is not acceptance of the system.
P:5.2 Acceptance tests: during a 30-day trial after the Installation Certificate, the system shall meet the following criteria: (a) each PAR sensor reads within ±5% of the Buyer's reference quantum sensor at three depths; (b) turbidity and temperature readings agree with laboratory samples within the tolerances of Annex 2; (c) no buoy misses more than 60 scheduled 10-minute readings in the 30 days, other than during storms declared by the local marine forecast; (d) the platform raises the low-light and high-turbidity alarms defined by the Buyer within 5 minutes; (e) the data export to the Buyer's farm management system runs daily without error; (f) manuals, calibration certificates and training records are handed over.
P:5.3 Final Acceptance: when all criteria are met, the parties sign a Final Acceptance Certificate. Use of the system or payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect within 15 days and the trial shall be repeated for the affected buoys.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace, free of charge, any defective equipment and correct any software error, including the cost of boat time and divers.
P:6.2 Biofouling cleaning and recalibration of the sensors every three months during the warranty period are included in the Contract Price.
P:6.3 The Supplier shall respond to and resolve faults within the times below:
TB:Severity|Definition|Response|On site / restoration
TB:1|Platform unavailable, or more than six buoys without data|1 hour|on site within 48 hours (weather permitting), restored within 72 hours
TB:2|A single buoy or sensor without data or giving wrong readings|2 hours|repaired within 5 days
TB:3|Other faults and questions|next business day|agreed schedule
P:6.4 For each full hour by which the Supplier exceeds the response time for a Severity 1 fault, the Supplier shall pay the Buyer CNY 1,000; for each day by which it exceeds a restoration or repair time, CNY 300 per affected buoy. The Buyer may deduct these amounts from any payment due.
H:Article 7 Maintenance after the Warranty Period
P:7.1 After the warranty period, the Supplier shall provide maintenance services on the same terms as Article 6, including quarterly cleaning and recalibration, if ordered by the Buyer for periods of one to three years.
P:7.2 The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, that is CNY 99,142 per year, fixed for three years after the warranty period. Maintenance does not renew automatically.
H:Article 8 Data and Security
P:8.1 All data collected by the system, including light, turbidity, temperature, positions and any yield data entered by the Buyer ("Farm Data"), belongs to the Buyer. The Supplier may process Farm Data only to perform this Contract and may not use it for any other purpose or disclose it.
P:8.2 The platform shall be installed on the Buyer's own cloud account in mainland China. Supplier personnel may access it only through named accounts with multi-factor authentication approved by the Buyer; access is logged and reviewed monthly. Telemetry between buoys and platform shall be encrypted.
P:8.3 The Supplier shall report any security incident affecting Farm Data or the platform to the Buyer within 12 hours, take remedial measures, and compensate the Buyer for all losses caused by incidents attributable to the Supplier.
H:Article 9 Intellectual Property
P:9.1 The dashboards, alarm rules, data-export interface and other deliverables made specifically for the Buyer belong to the Buyer, who may use, modify and license them freely. The platform software remains the property of the Supplier and is licensed to the Buyer perpetually.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's farm layout, production figures and business plans, and shall not disclose it to any third party without prior written consent, for five years after the end of this Contract.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation within the periods in Article 4.1 for reasons other than force majeure or the Buyer's delay, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Supplier under this Contract is limited to two times the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 10, which are not limited.
H:Article 12 Subcontracting
P:12.1 The marine contractor named in Annex 3 is approved by the Buyer's signature of this Contract for the mooring work. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent, and remains responsible for all subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 11.1 reach their maximum. On such termination the Supplier shall refund the amounts paid for undelivered or rejected equipment.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai. The award is final and binding.
H:Article 15 Miscellaneous
P:15.1 Annex 1 (Buoy Positions), Annex 2 (Technical Specification) and Annex 3 (Approved Marine Contractor) form part of this Contract. This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h199e04 (pdf, "Art. N (title)", provider's paper, Galician style)
H199E04 = """T:MANAGED IT AND DESKTOP SUPPORT SERVICES CONTRACT
P:Ref. ASI-2026-CS-03
P:In Illa de Arousa (Pontevedra), on ____ 2026.
H:APPEARING
P:Of the one part, ARGONAUTAS E-SPORTS CLUB (CHANGSHA) CO., LTD. (长沙阿尔戈电子竞技俱乐部有限公司), a company incorporated in the People's Republic of China, with registered office at Floor 6, No. 88 Xiangjiang Middle Road, Tianxin District, Changsha, Hunan Province, represented by Mr Liu Haoran as its legal representative (hereinafter, the "Club").
P:Of the other part, AROUSA SERVIZOS INFORMÁTICOS, S.L., a limited company with registered office at Rúa do Porto 9, 36626 Illa de Arousa (Pontevedra), tax identification number B-94 407 315, represented by Ms Uxía Otero Castro as sole director (hereinafter, the "Provider").
P:The parties acknowledge each other's capacity to enter into this Contract and
H:STATE
P:I. That the Club trains and competes in professional e-sports leagues from its base in Changsha, where it runs a training hall with 180 gaming PCs, two match rooms, a streaming studio and the players' residence network.
P:II. That the Provider manages IT services for e-sports and gaming venues and employs a resident team in Changsha for this Contract.
P:III. That, at the Club's request, all charges are stated and paid in Chinese yuan (CNY).
P:Accordingly, the parties agree this Contract, which shall be governed by the following
H:STIPULATIONS
H:Art. 1 (Object)
P:1. The Provider shall provide to the Club the managed IT and desktop support services described in this Contract (the "Services") for the Club's premises in Changsha, namely: (a) monitoring and management of the network, firewalls, Wi-Fi, servers and the streaming studio; (b) desktop support for the 180 gaming PCs, 40 office PCs and peripherals; (c) standard image management, driver and game-client updates outside training hours; (d) match-day support on site; (e) backup of the Club's file server; (f) asset management and a monthly service report.
P:2. The Services do not include the purchase of hardware or software licences, which the Club buys separately. The Provider shall advise on specifications when requested.
P:3. The Services are provided on site from 09:00 to 02:00 Beijing time, seven days a week, matching the Club's training schedule, and remotely at all other times.
H:Art. 2 (Term)
P:1. The Contract runs for 24 months from the date of Transition Acceptance (the "Service Term").
P:2. There is no tacit renewal. Any extension requires a written agreement of both parties signed before the end of the Service Term.
H:Art. 3 (Charges)
P:1. The Club shall pay: (a) a monthly service charge of CNY 46,800 for each month of the Service Term, that is CNY 1,123,200 for 24 months; and (b) a one-time transition fee of CNY 38,000. The total value of this Contract is therefore CNY 1,161,200.
P:2. Charges are fixed for the Service Term and include all personnel, travel, tools, monitoring software and taxes.
H:Art. 4 (Invoicing and payment)
P:1. The monthly service charge is invoiced at the end of each month for that month. The transition fee is invoiced after Transition Acceptance. The Club pays no amount in advance.
P:2. The Club shall pay each undisputed invoice within 20 days of receipt, by bank transfer in CNY.
H:Art. 5 (Transition)
P:1. Within 40 days after signature the Provider shall complete the transition, which includes a complete inventory of the Club's IT assets, a standard image for gaming PCs, installation of monitoring on all network devices and servers, documented runbooks, and a ten-day shadow period with the Club's current technician.
P:2. Transition Acceptance takes place when the Club has checked that: (a) the asset inventory matches a physical count of the training hall and match rooms; (b) the standard image has been deployed to all gaming PCs and a full reimage of one row of 20 PCs completes within 45 minutes; (c) monitoring alerts for all network devices and servers reach the Provider's service desk; (d) the runbooks and passwords are stored in the Club's password vault; (e) the shadow period has ended with no open Priority 1 ticket. The parties then sign the Transition Acceptance certificate. Starting the Services or paying any invoice does not constitute acceptance.
P:3. If Transition Acceptance is not achieved within the period in paragraph 1 for reasons attributable to the Provider, the Provider shall pay the Club CNY 1,200 for each day of delay.
P:4. The Club shall give the Provider's engineers access to the premises, the administrator rights needed for the Services, and a desk and a locked storage room for spare parts in the training hall.
H:Art. 6 (Service levels)
P:1. The network serving the training hall, match rooms and streaming studio shall have a monthly availability of at least 99.98%, measured by the Provider's monitoring and excluding maintenance windows agreed in writing with the Club.
P:2. Response and resolution times: Priority 1 (outage affecting a match, a scrim block or a live stream): response on site or remotely within 15 minutes, restoration within two hours; Priority 2 (a single player station or office function unavailable): response within one hour, resolution within eight hours; Priority 3 (requests and minor issues): next business day.
P:3. During official matches the Provider shall keep one engineer on site from one hour before the match until its end.
P:4. The Provider shall operate a service desk reachable by telephone, WeChat and a ticket portal, and shall deliver a monthly report showing availability, incidents by priority, response and restoration times, open problems and asset changes. The parties shall hold a monthly service review at the Club's premises to discuss the report and agree improvement actions.
H:Art. 7 (Service credits)
P:1. If the monthly availability falls below the level in Art. 6.1, the Club receives a credit of 5% of that month's service charge for each 0.01 percentage point below the level, up to half of the monthly charge.
P:2. For each Priority 1 incident whose response or restoration time is exceeded, the Club receives a credit of CNY 2,000.
P:3. Credits are deducted from the next invoice and do not exclude the Club's other rights.
H:Art. 8 (Club data and security)
P:1. All data of the Club handled by the Provider, including players' personal information, training data, strategy files, stream keys, account credentials and backups ("Club Data"), belongs to the Club. The Provider processes Club Data only to perform the Services and shall not use it for any other purpose.
P:2. The Provider shall apply multi-factor authentication to all administrative access, store credentials only in the Club's password vault, keep backups in the Club's premises or in a cloud account of the Club in mainland China, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:3. The Provider shall notify the Club of any security incident affecting Club Data within 12 hours, take immediate measures to contain it, and compensate the Club for losses caused by incidents attributable to the Provider or its personnel.
H:Art. 9 (Confidentiality)
P:1. The Provider shall keep confidential all non-public information of the Club, in particular team line-ups, strategies, sponsorship terms and player contracts, and shall not disclose it to third parties during the Contract and for five years afterwards.
H:Art. 10 (Intellectual property)
P:1. Scripts, images, runbooks, configurations and reports produced by the Provider for the Club belong to the Club, which may use, modify and hand them to any successor provider freely.
H:Art. 11 (Personnel and subcontracting)
P:1. The Provider shall assign a resident team of two engineers to Changsha. Replacement of the team lead requires the Club's prior consent.
P:2. The Provider shall not subcontract any part of the Services without the Club's prior written consent, and remains fully responsible for approved subcontractors.
P:3. The Provider's personnel working in China shall hold the permits required by Chinese law, follow the Club's house rules and keep away from the players' residence floors unless called there for a ticket.
H:Art. 12 (Liability)
P:1. The total liability of the Provider under this Contract is limited to two times the total value of the Contract, except in cases of fraud, wilful misconduct, personal injury and breach of Art. 8 or Art. 9.
P:2. Neither party is liable for indirect loss or loss of profit. Lost prize money is indirect loss, except where a Priority 1 incident caused by the Provider's gross negligence leads to a forfeited official match.
H:Art. 13 (Termination)
P:1. Either party may terminate this Contract by written notice if the other party commits a material breach and does not remedy it within 15 days after being required to do so in writing.
P:2. The Club may also terminate if the monthly availability falls below the level in Art. 6.1 in three consecutive months.
P:3. On expiry or termination the Provider shall hand over all Club Data, runbooks and credentials and assist a new provider for up to 30 days at the charges of this Contract.
H:Art. 14 (Applicable law and jurisdiction)
P:1. This Contract is governed by the laws of the Kingdom of Spain.
P:2. The parties submit any dispute arising from this Contract to the courts and tribunals of Vilagarcía de Arousa (Pontevedra), expressly waiving any other jurisdiction that might correspond to them.
P:And in proof of conformity, the parties sign this Contract in duplicate and to a single effect, in the place and on the date stated above.
P:The Club: ____________________      The Provider: ____________________
"""

# ---------------------------------------------------------------- h199e05 (txt, "§ N (1)", vendor's paper, Catalan style)
H199E05 = """API SUBSCRIPTION AND INTEGRATION AGREEMENT — ORIGINLINK CERTIFICATE SERVICE
Agreement No. CIP-2026-0177

MEET

On one side, CERTIFICATS ILLA PLANA, S.L., a limited company registered on the Illa Plana, with registered office at Passeig del Moll 3, Illa Plana, tax number B-43 662 018, represented by Mr Jordi Puig i Ferrer, managing director (hereinafter the "Vendor").

On the other side, YA'AN XIONGMAO TEA IMPORT AND EXPORT CO., LTD. (雅安熊猫茶进出口有限公司), a company incorporated in the People's Republic of China, with registered office at No. 21 Mengding Road, Yucheng District, Ya'an, Sichuan Province, represented by Ms Gao Xiaoqin, legal representative (hereinafter the "Customer").

They recognise each other's legal capacity to enter into this Agreement, and

DECLARE

I. That the Vendor operates OriginLink, an application programming interface (API) service that prepares and checks the data of certificates of origin and origin declarations, submits applications through the electronic channels of the competent issuing bodies, tracks their status, stores the issued documents and provides verification links to importers.

II. That the Customer exports Ya'an dark tea and panda-garden green tea to the European Union, the United Kingdom and South-East Asia, ships about 900 consignments a year and wishes to connect OriginLink to its ERP and customs-declaration software.

III. That at the Customer's request all fees are stated and paid in Chinese yuan (CNY) and the service is hosted in mainland China.

Therefore, the parties agree the following

COVENANTS

§ 1 Object
(1) The Vendor grants the Customer access to the OriginLink API and web console for the Subscription Term (the "Subscription"), including up to 6,000 certificate transactions per Subscription Year.
(2) The Vendor shall integrate OriginLink with the Customer's ERP system and customs-declaration software (the "Integration Services") as described in Annex 1.
(3) The Customer is responsible for its API keys and for the correctness of the commercial data it submits; the Vendor is responsible for the data checks, the submission and the storage of issued documents.

§ 2 Term
(1) The Subscription Term is three Subscription Years from the Service Start Date, which is the date of Integration Acceptance under § 5.
(2) The Agreement does not renew automatically. The parties may agree in writing, before the end of the Subscription Term, to extend it.

§ 3 Fees
(1) The fees are:
  - Subscription fee: CNY 96,000 per Subscription Year, that is CNY 288,000 for the Subscription Term;
  - Integration Services, fixed price: CNY 64,000;
  - Total fees under this Agreement: CNY 352,000.
(2) Transactions above 6,000 in a Subscription Year are charged at CNY 9 each, invoiced quarterly in arrears.
(3) Fees are fixed for the Subscription Term and include taxes payable in China.

§ 4 Invoicing and payment
(1) On signature of this Agreement the Vendor invoices the subscription fee for the first Subscription Year and the whole Integration Services fee, together CNY 160,000. The Customer shall pay this invoice within ten days and in any case before the Vendor starts the Integration Services.
(2) The subscription fee for the second and third Subscription Years is invoiced at the start of each of those years and is payable within 30 days.
(3) Payments are made by bank transfer in CNY to the account designated by the Vendor.

§ 5 Integration and acceptance
(1) The Vendor shall complete the Integration Services within 50 days after receipt of the payment under § 4 (1).
(2) Integration Acceptance requires that: (a) 20 test consignments selected by the Customer pass from the ERP to OriginLink without manual re-keying; (b) the data checks flag the deliberately wrong HS codes and origin criteria included in the test set; (c) applications for at least three of the test consignments are submitted through the issuing bodies' test channels and their status is returned to the ERP; (d) the verification link of a sample document opens for an importer outside China; (e) the Customer's staff have been trained.
(3) When all criteria are met the parties sign an Integration Acceptance report. Use of the API for live consignments before that date does not constitute acceptance. If a criterion is not met, the Vendor shall correct the defect within ten days and repeat the affected tests.
(4) If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer 0.08% of the total fees for each day of delay, up to 8% of the total fees.

§ 6 Service levels
(1) The Vendor shall make the API and web console available 99.95% of each calendar month, excluding maintenance announced five days in advance.
(2) Support is provided in English and Chinese on Business Days from 09:00 to 18:00 Beijing time. "Business Hours" are those hours.
(3) Severity 1 incident (API unavailable, or no application can be submitted): the Vendor responds within eight (8) Business Hours and works continuously until service is restored. Severity 2 (a single function or issuing channel unavailable): response within two Business Days. Severity 3: response within five Business Days.
(4) The Vendor shall publish the monthly availability of the API on the web console and send the Customer a monthly report listing incidents, response times and transactions used.

§ 7 Service credits
(1) If monthly availability is below the level in § 6 (1), the Customer receives a credit of 10% of the monthly share of the subscription fee for each full 0.1 percentage point below it, up to the whole monthly share.
(2) Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

§ 8 Customer Data
(1) All data submitted by the Customer or generated for it in OriginLink, including consignee names, invoices, packing lists, product descriptions and issued certificates ("Customer Data"), belongs to the Customer. The Vendor processes Customer Data only to provide the services under this Agreement.
(2) The Vendor stores Customer Data in data centres in mainland China, encrypts it in transit and at rest, restricts access to authorised personnel using multi-factor authentication, keeps access logs for at least two years, and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
(3) The Vendor shall notify the Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, take remedial measures, and bear the losses caused by incidents attributable to it.
(4) At the end of the Subscription Term the Vendor shall export all Customer Data and issued documents to the Customer and then delete them.

§ 9 Confidentiality
(1) Each party shall keep confidential the other party's non-public information, including the Customer's prices, buyers and volumes, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the end of the Agreement.

§ 10 Intellectual property
(1) OriginLink and its documentation remain the property of the Vendor.
(2) The ERP adapter, mapping tables and scripts written by the Vendor for the Customer under the Integration Services belong to the Customer, who may use, modify and license them freely.

§ 11 Subcontracting
(1) The Vendor shall not subcontract the Integration Services or support without the Customer's prior written consent. The hosting provider named in Annex 2 is approved by signature of this Agreement.

§ 12 Liability
(1) The total liability of each party under this Agreement is limited to 125% of the total fees under § 3 (1). The limit does not apply to breach of § 8 or § 9, fraud or wilful misconduct.
(2) Neither party is liable for indirect loss or loss of profit. Refusal of a certificate by an issuing body or by a customs authority is not a breach by the Vendor, unless it results from an error of the Vendor's data checks.

§ 13 Remedies for non-performance
(1) The remedies of the Customer for the Vendor's failure to perform are the service credits under § 7, the payments under § 5 (4) and damages subject to § 12.
(2) The Customer may not terminate this Agreement before the end of the Subscription Term, including in the case of breach by the Vendor; the Customer's remedies for such breach are those in paragraph (1).

§ 14 Termination
(1) The Vendor may suspend the service or terminate this Agreement if the Customer fails to pay an undisputed invoice within 30 days after a written reminder.
(2) Either party may terminate this Agreement if the other party becomes insolvent or enters into liquidation.

§ 15 Force majeure
(1) Neither party is liable for delay or failure caused by events beyond its reasonable control, including outages of the issuing bodies' electronic systems.

§ 16 Governing law and disputes
(1) At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
(2) Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.

§ 17 Final provisions
(1) Annex 1 (Integration Scope) and Annex 2 (Hosting Provider) form part of this Agreement. This Agreement is signed in two copies in English.

In witness whereof, the parties sign in the place and on the date below.

Place and date: ______________________

The Vendor: __________________   The Customer: __________________
"""

# ---------------------------------------------------------------- targets
PLAIN = {  # written as they stand
    "h199z03_laundry_chain_pickup_delivery_saas.md": H199Z03,
    "h199z04_county_meteorological_warning_platform_om.txt": H199Z04,
    "h199z05_fermented_tofu_traceability_supplier_template.md": H199Z05,
    "h199e01_jade_studio_3d_scanning_licence_tortuga_vendor.txt": H199E01,
    "h199e02_horse_trekking_booking_saas_order_form.md": H199E02,
    "h199e05_tea_exporter_origin_certificate_api.txt": H199E05,
}
SOURCES = {"h199z01": H199Z01, "h199z02": H199Z02, "h199e03": H199E03, "h199e04": H199E04}
TARGETS = {"h199z01": ("h199z01_city_transport_bureau_bus_dispatch_integration.docx", "docx"),
           "h199z02": ("h199z02_separator_plant_thickness_gauge_supply_maintenance.pdf", "pdf"),
           "h199e03": ("h199e03_kelp_farm_light_sensors_maintenance.docx", "docx"),
           "h199e04": ("h199e04_esports_club_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
